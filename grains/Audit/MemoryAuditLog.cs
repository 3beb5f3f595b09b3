using System.Collections.Immutable;

namespace SupportGrains.Grains.Audit;

/// <summary>An audit log held in memory, for silos without a durable store (Orleans' memory storage in a test cluster).</summary>
public sealed class MemoryAuditLog : IAuditLog
{
    private readonly Lock _lock = new();
    private readonly List<AuditEntry> _entries = [];
    private readonly HashSet<string> _ids = [];

    public Task AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        lock (_lock)
        {
            foreach (var entry in entries.Where(e => _ids.Add(e.Id)))
            {
                _entries.Add(entry);
            }
        }

        return Task.CompletedTask;
    }

    public Task<AuditPage> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_lock)
        {
            var matching = _entries
                .Where(e => e.OrganisationId == query.OrganisationId
                    && (query.PersonId is null || e.PersonIds.Contains(query.PersonId))
                    && (query.StaffId is null || e.StaffIds.Contains(query.StaffId))
                    && (query.From is null || DateOnly.FromDateTime(e.At.UtcDateTime) >= query.From)
                    && (query.To is null || DateOnly.FromDateTime(e.At.UtcDateTime) <= query.To))
                .Reverse()
                .SkipWhile(e => query.After is not null && e.Id != query.After)
                .Skip(query.After is null ? 0 : 1)
                .Take(query.First + 1)
                .ToList();
            var page = matching.Take(query.First).ToImmutableArray();
            return Task.FromResult(new AuditPage(page, matching.Count > query.First ? page[^1].Id : null));
        }
    }
}
