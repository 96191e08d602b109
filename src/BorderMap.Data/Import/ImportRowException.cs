using Npgsql;

namespace BorderMap.Data.Import;

/// <summary>PostgreSQL refused the data of one imported row: says which line of the file, while keeping what PostgreSQL said.</summary>
public sealed class ImportRowException(int line, PostgresException inner)
    : Exception($"writing the row of line {line} failed: {inner.SqlState} {inner.MessageText}", inner)
{
    public int Line { get; } = line;
}
