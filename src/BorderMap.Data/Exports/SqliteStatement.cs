using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace BorderMap.Data.Exports;

/// <summary>
/// One prepared SQLite statement, bound by position and run row after row through SQLitePCLRaw, the
/// layer Microsoft.Data.Sqlite itself calls. Microsoft.Data.Sqlite's parameters look every parameter
/// up by name and convert every value on each execution: for the 23 values of 1,000,000 incidents
/// that cost 3.8 s more CPU than this (16.3 against 12.5 s for the whole export; bench/RESULTS.md).
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Bind(int index, double value) => Check(raw.sqlite3_bind_double(_statement, index, value));

    public void BindBlob(int index, ReadOnlySpan<byte> value) => Check(raw.sqlite3_bind_blob(_statement, index, value));

    /// <summary>GeoPackage stores DATE as 'YYYY-MM-DD' and DATETIME as ISO 8601 UTC with a Z; booleans as 0/1.</summary>
    public void Bind(int index, object? value)
    {
        Span<byte> text = stackalloc byte[32];
        var rc = value switch
        {
            null => raw.sqlite3_bind_null(_statement, index),
            string s => raw.sqlite3_bind_text(_statement, index, s),
            long l => raw.sqlite3_bind_int64(_statement, index, l),
            int i => raw.sqlite3_bind_int(_statement, index, i),
            short s => raw.sqlite3_bind_int(_statement, index, s),
            bool b => raw.sqlite3_bind_int(_statement, index, b ? 1 : 0),
            double d => raw.sqlite3_bind_double(_statement, index, d),
            float f => raw.sqlite3_bind_double(_statement, index, f),
            DateOnly d => raw.sqlite3_bind_text(_statement, index, Utf8(text, d, "yyyy-MM-dd")),
            DateTimeOffset t => raw.sqlite3_bind_text(_statement, index, Utf8(text, t.UtcDateTime, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'")),
            _ => throw new ArgumentException($"no GeoPackage column type for {value.GetType().Name}", nameof(value)),
        };
        Check(rc);
    }

    /// <summary>Runs the statement with the values bound, ready for the next row's.</summary>
    public void Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc != raw.SQLITE_DONE)
            throw new SqliteException($"SQLite error {rc}: {raw.sqlite3_errmsg(_db).utf8_to_string()}", rc);
        raw.sqlite3_reset(_statement);
    }

    public void Dispose() => _statement.Dispose();

    private static ReadOnlySpan<byte> Utf8<T>(Span<byte> buffer, T value, string format) where T : IUtf8SpanFormattable =>
        value.TryFormat(buffer, out var written, format, CultureInfo.InvariantCulture)
            ? buffer[..written]
            : throw new FormatException($"'{format}' needs more than {buffer.Length} bytes");

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
            throw new SqliteException($"SQLite error {rc}: {raw.sqlite3_errmsg(_db).utf8_to_string()}", rc);
    }
}
