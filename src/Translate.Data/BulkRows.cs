using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Translate.Data;

/// <summary>
/// Writes many rows of one entity type through one prepared statement, bound again for each row, in the context's
/// transaction, and leaves them tracked as stored. The change tracker's own inserts and updates take 60–150 µs a row
/// on SQLite, so starting a 5,000-segment release (20,000 translations) or assigning one of its languages would take
/// seconds; this takes a fraction of that (several rows a statement do not help: SQLite looks each named parameter up
/// by a scan). Values go through the model's own type mappings and converters, so every provider stores them exactly
/// as EF Core would. Concurrency tokens are not checked: the action's lock on its release keeps other writers out.
/// </summary>
public static class BulkRows
{
    /// <summary>
    /// Inserts new rows (not yet tracked) with every column. The rows alone: new rows that hang off them (a
    /// translation's first revisions) are taken as stored with them, so insert those the same way, after.
    /// </summary>
    public static void Insert<T>(DbContext db, IReadOnlyCollection<T> rows)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var (entityType, table, sql) = Describe<T>(db);
        var columns = entityType.GetProperties().ToList();
        Execute(db, rows, columns,
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => sql.GenerateParameterNamePlaceholder($"p{i}")))})");
        Track(db, () =>
        {
            foreach (var row in rows)
            {
                db.Entry(row).State = EntityState.Unchanged;
            }
        });
    }

    /// <summary>Writes the given properties of tracked rows, found by their key, and takes what they hold now as stored.</summary>
    public static void Update<T>(DbContext db, IReadOnlyCollection<T> rows, params Expression<Func<T, object?>>[] properties)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var (entityType, table, sql) = Describe<T>(db);
        var written = properties.Select(p => entityType.FindProperty(p.GetMemberAccess())!).ToList();
        var key = entityType.FindPrimaryKey()!.Properties;
        var columns = written.Concat(key).ToList();
        string Placeholder(IProperty p) => sql.GenerateParameterNamePlaceholder($"p{columns.IndexOf(p)}");
        Execute(db, rows, columns,
            $"UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"SET {string.Join(", ", written.Select(p => $"{sql.DelimitIdentifier(p.GetColumnName(table)!)} = {Placeholder(p)}"))} " +
            $"WHERE {string.Join(" AND ", key.Select(p => $"{sql.DelimitIdentifier(p.GetColumnName(table)!)} = {Placeholder(p)}"))}");
        Track(db, () =>
        {
            foreach (var row in rows)
            {
                var entry = db.Entry(row);
                foreach (var property in written)
                {
                    entry.Property(property).OriginalValue = entry.Property(property).CurrentValue;
                    entry.Property(property).IsModified = false;
                }
            }
        });
    }

    /// <summary>
    /// Changes the tracking of the rows just written. With automatic detection, every <c>Entry</c> call scans every
    /// tracked entity, which for 20,000 rows is quadratic; the rows are told exactly what they are instead.
    /// </summary>
    private static void Track(DbContext db, Action change)
    {
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            change();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private static (IEntityType EntityType, StoreObjectIdentifier Table, ISqlGenerationHelper Sql) Describe<T>(DbContext db)
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        return (entityType, StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema()), db.GetService<ISqlGenerationHelper>());
    }

    private static void Execute<T>(DbContext db, IEnumerable<T> rows, List<IProperty> columns, string commandText)
        where T : class
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
                              ?? throw new InvalidOperationException("Rows are written in bulk only inside the action's transaction.");
        command.CommandText = commandText;
        var parameters = columns.Select((c, i) => Parameter(command, c, db.GetService<ISqlGenerationHelper>().GenerateParameterName($"p{i}"))).ToArray();
        command.Parameters.AddRange(parameters);
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var value = columns[i].GetGetter().GetClrValue(row);
                var converter = columns[i].GetTypeMapping().Converter;
                parameters[i].Value = (value is null || converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }
    }

    private static DbParameter Parameter(DbCommand command, IProperty property, string name) =>
        ((RelationalTypeMapping)property.GetTypeMapping()).CreateParameter(command, name, null, property.IsNullable);
}
