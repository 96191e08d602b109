using NetTopologySuite.Geometries;

namespace BorderMap.Core.Queries.Filtering;

/// <summary>
/// A parsed CQL2 filter, already checked against the collection's queryables: every property is a
/// <see cref="QueryableProperty"/> and every value has the property's type (string, long, double, bool,
/// <see cref="DateOnly"/>, a UTC <see cref="DateTime"/> or a <see cref="Geometry"/> in lon/lat).
/// cql2-text and cql2-json parse to the same tree, so SQL is written from one shape only.
/// </summary>
public abstract record CqlExpression;

public sealed record CqlAnd(IReadOnlyList<CqlExpression> Operands) : CqlExpression;

public sealed record CqlOr(IReadOnlyList<CqlExpression> Operands) : CqlExpression;

public sealed record CqlNot(CqlExpression Operand) : CqlExpression;

public enum CqlComparisonOperator { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual }

public sealed record CqlComparison(QueryableProperty Property, CqlComparisonOperator Operator, object Value) : CqlExpression;

/// <summary>CQL2 LIKE: <c>%</c> any run of characters, <c>_</c> one, <c>\</c> escapes either.</summary>
public sealed record CqlLike(QueryableProperty Property, string Pattern) : CqlExpression;

public sealed record CqlIn(QueryableProperty Property, IReadOnlyList<object> Values) : CqlExpression;

public sealed record CqlBetween(QueryableProperty Property, object Low, object High) : CqlExpression;

public sealed record CqlIsNull(QueryableProperty Property) : CqlExpression;

public sealed record CqlIntersects(QueryableProperty Property, Geometry Geometry) : CqlExpression;

public enum CqlTemporalOperator { Intersects, During, Before, After, Equals, Disjoint }

/// <summary>A temporal predicate on a day property; <c>Start</c>/<c>End</c> null are open ends (an instant has both equal).</summary>
public sealed record CqlTemporal(QueryableProperty Property, CqlTemporalOperator Operator, DateOnly? Start, DateOnly? End) : CqlExpression;
