using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using SupportGrains.Grains.Audit;

namespace SupportGrains.Silo.Storage;

/// <summary>
/// The audit trail in the store's own database (table audit_entries, created by migration 2), beside
/// the grains' state. Appending an entry again changes nothing (the id is the key); the database
/// refuses updates and deletes.
/// </summary>
public sealed class SqlAuditLog(StorageProvider provider, DbDataSource dataSource) : IAuditLog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            await using var command = dataSource.CreateCommand(
                "INSERT INTO audit_entries (id, organisation_id, day, subjects, entry) VALUES (@id, @organisation, @day, @subjects, @entry) ON CONFLICT (id) DO NOTHING;");
            Add(command, "id", entry.Id);
            Add(command, "organisation", entry.OrganisationId);
            Add(command, "day", entry.At.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add(command, "subjects", "|" + string.Join("|", entry.PersonIds.Concat(entry.StaffIds)) + "|");
            Add(command, "entry", JsonSerializer.Serialize(entry, Json));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<AuditPage> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var concat = provider == StorageProvider.Sqlite ? "'%|' || @subject || '|%'" : "'%|' || @subject::text || '|%'";
        await using var command = dataSource.CreateCommand(
            "SELECT entry FROM audit_entries WHERE organisation_id = @organisation"
            + (query.PersonId is not null || query.StaffId is not null ? $" AND subjects LIKE {concat}" : "")
            + (query.From is not null ? " AND day >= @from" : "")
            + (query.To is not null ? " AND day <= @to" : "")
            + (query.After is not null ? " AND id < @after" : "")
            + " ORDER BY id DESC LIMIT @limit;");
        Add(command, "organisation", query.OrganisationId);
        if ((query.PersonId ?? query.StaffId) is { } subject)
        {
            Add(command, "subject", subject);
        }

        if (query.From is { } from)
        {
            Add(command, "from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (query.To is { } to)
        {
            Add(command, "to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (query.After is { } after)
        {
            Add(command, "after", after);
        }

        Add(command, "limit", query.First + 1);
        var entries = new List<AuditEntry>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                entries.Add(JsonSerializer.Deserialize<AuditEntry>(reader.GetString(0), Json)!);
            }
        }

        // Both a person and a colleague asked for: the LIKE took the person; keep the entries about both.
        if (query.PersonId is not null && query.StaffId is not null)
        {
            entries = [.. entries.Where(e => e.StaffIds.Contains(query.StaffId))];
        }

        var page = entries.Take(query.First).ToImmutableArray();
        return new AuditPage(page, entries.Count > query.First ? page[^1].Id : null);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
