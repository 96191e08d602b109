namespace BorderMap.Core.Queries.Filtering;

/// <summary>The types a queryable property can have, as CQL2 compares them.</summary>
public enum CqlType { String, Integer, Number, Boolean, Date, Timestamp, Geometry }

/// <summary>
/// A property a filter may name (OGC API – Features Part 3 "queryables"): its name as clients
/// spell it, its type, a title, and the only values it takes when they are a closed list.
/// </summary>
public sealed record QueryableProperty(string Name, CqlType Type, string Title, IReadOnlyList<string>? Values = null);
