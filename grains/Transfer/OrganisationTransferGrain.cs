using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Orleans.Storage;
using SupportGrains.Grains.Accounts;
using SupportGrains.Grains.Audit;
using SupportGrains.Grains.Due;
using SupportGrains.Grains.Knows;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Rota;
using SupportGrains.Grains.Staff;
using SupportGrains.Grains.Teams;

namespace SupportGrains.Grains.Transfer;

/// <summary>
/// Exports and imports by reading and writing the grains' stored state directly (not by replaying
/// changes): replayed changes would be dated today, get new audit entries and new ids, so the
/// imported organisation would answer differently. Writing the stored form keeps every history, id,
/// applied client mutation id (a change retried against the new instance still applies at most once)
/// and pending audit entry as it was. The store's own version checks keep it safe: a state is written
/// only over the row read just before, and a grain that was active with an older view is refused by
/// the store at its next write and deactivated, like any stale writer; each imported grain is also
/// told to deactivate, so its next call reads what was imported.
/// </summary>
[StatelessWorker]
public sealed class OrganisationTransferGrain : Grain, IOrganisationTransferGrain
{
    public const string Format = "supportgrains-organisation";
    public const int Version = 1;

    private static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web);

    private static readonly StateKind Organisation = new StateKind<IOrganisationGrain, OrganisationState>("organisation", StorageNames.Organisation);
    private static readonly StateKind Account = new StateKind<IAccountGrain, AccountState>("account", StorageNames.Account);

    private static readonly ImmutableArray<StateKind> Kinds =
    [
        Organisation,
        new StateKind<IPersonGrain, PersonState>("person", StorageNames.Person),
        new StateKind<ITeamGrain, TeamState>("team", StorageNames.Team),
        new StateKind<IRotaGrain, RotaState>("rota", StorageNames.Rota),
        new StateKind<IStaffMemberGrain, StaffState>("staff", StorageNames.Staff),
        new StateKind<IKnowsGrain, KnowsState>("knows", StorageNames.Knows),
        new StateKind<IDueGrain, DueState>("due", StorageNames.Due),
        Account,
    ];

    private IGrainStorage Storage => ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Default);

    private IGrainStorageSerializer Serializer => ServiceProvider.GetRequiredService<IGrainStorageSerializer>();

    private IAuditLog? AuditLog => ServiceProvider.GetService<IAuditLog>();

    public async Task<string> ExportAsync(string organisationId, AuditAuthor? author)
    {
        ArgumentException.ThrowIfNullOrEmpty(organisationId);
        var organisation = await Organisation.ReadAsync(Storage, Serializer, Organisation.GrainOf(GrainFactory, organisationId))
            ?? throw DomainException.NotFound($"Organisation {organisationId}");
        var state = Serializer.Deserialize<Stored<OrganisationState>>(BinaryData.FromString(organisation.ToJsonString()))!.Value!;
        var grains = new JsonArray { Entry(Organisation, organisationId, organisation) };
        foreach (var (kind, key) in Members(state, organisationId))
        {
            if (await kind.ReadAsync(Storage, Serializer, kind.GrainOf(GrainFactory, key)) is { } stored)
            {
                grains.Add(Entry(kind, key, stored));
            }
        }

        var accounts = new JsonArray();
        foreach (var username in await GrainFactory.GetGrain<IAccountCatalogGrain>(IAccountCatalogGrain.Key).UsernamesAsync())
        {
            if (await ExportAccountAsync(username, organisationId) is { } account)
            {
                accounts.Add(Entry(Account, username, account));
            }
        }

        var audit = new JsonArray();
        foreach (var entry in await TrailAsync(organisationId))
        {
            audit.Add(JsonSerializer.SerializeToNode(entry with { Before = AuditSecrets.LeftOut(entry.Before), After = AuditSecrets.LeftOut(entry.After) }, AuditJson));
        }

        var document = new JsonObject
        {
            ["format"] = Format,
            ["version"] = Version,
            ["organisationId"] = organisationId,
            ["exportedAt"] = Now,
            ["grains"] = grains,
            ["accounts"] = accounts,
            ["audit"] = audit,
        }.ToJsonString();
        await AuditAsync(organisationId, author, "exportOrganisation", AuditOutcome.Applied,
            $"Exported {grains.Count} grain states, {accounts.Count} accounts (without passwords or tokens) and {audit.Count} audit entries.");
        return document;
    }

    public async Task<ImportSummary> ImportAsync(string document, AuditAuthor? author)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (organisationId, states, accounts, audit) = Read(document);

        // Everything is checked before anything is written: a conflict refuses the whole import.
        var planned = new List<(StateKind Kind, string Key, GrainId Grain, JsonNode Stored, string? ETag, bool RecordExists)>();
        var conflicts = new List<string>();
        var alreadyThere = 0;
        foreach (var (kind, key, stored) in states.Concat(accounts))
        {
            var grain = kind.GrainOf(GrainFactory, key);
            var (existing, etag, recordExists) = await kind.ReadForWriteAsync(Storage, Serializer, grain);
            if (existing is null)
            {
                planned.Add((kind, key, grain, stored, etag, recordExists));
            }
            else if (JsonNode.DeepEquals(existing, stored) || (kind == Account && SameAccount(existing, stored)))
            {
                alreadyThere++;
            }
            else
            {
                conflicts.Add($"{kind.Name} {key}");
            }
        }

        if (conflicts.Count > 0)
        {
            var refusal = DomainException.InvalidInput(
                $"Nothing was imported: {conflicts.Count} of the document's things exist here already with other content ({string.Join(", ", conflicts.Take(10))}{(conflicts.Count > 10 ? ", …" : "")}). Import into an instance without them.");
            await AuditAsync(organisationId, author, "importOrganisation", AuditOutcome.Refused, $"{refusal.Code}: {refusal.Message}");
            throw refusal;
        }

        // The trail first (appending an entry again changes nothing), then the members, then the
        // organisation, and last the lists that make it visible: a failure part-way leaves it unlisted,
        // and the same import again finishes it.
        if (audit.Count > 0)
        {
            if (AuditLog is not { } log)
            {
                throw new InvalidOperationException("No audit log is configured for this silo.");
            }

            await Task.WhenAll(audit.Chunk(100).Select(chunk => log.AppendAsync(chunk)));
        }

        foreach (var batch in planned.Where(p => p.Kind != Organisation).Chunk(16))
        {
            await Task.WhenAll(batch.Select(p => p.Kind.WriteAsync(Storage, Serializer, p.Grain, p.Stored, p.ETag, p.RecordExists)));
        }

        foreach (var p in planned.Where(p => p.Kind == Organisation))
        {
            await p.Kind.WriteAsync(Storage, Serializer, p.Grain, p.Stored, p.ETag, p.RecordExists);
        }

        foreach (var batch in planned.Chunk(16))
        {
            await Task.WhenAll(batch.Select(p => GrainFactory.GetGrain(p.Grain).Cast<IGrainManagementExtension>().DeactivateOnIdle().AsTask()));
        }

        await GrainFactory.GetGrain<IOrganisationCatalogGrain>(IOrganisationCatalogGrain.Key).ListImportedAsync(organisationId);
        await GrainFactory.GetGrain<IAccountCatalogGrain>(IAccountCatalogGrain.Key).ListImportedAsync([.. accounts.Select(a => a.Key)]);
        await AuditAsync(organisationId, author, "importOrganisation", AuditOutcome.Applied, planned.Count == 0
            ? $"Nothing new written: all {alreadyThere} grain states were here already from an earlier import of the same document."
            : $"Imported {planned.Count} grain states ({alreadyThere} were here already), {accounts.Count} accounts (without passwords: an admin sets them) and {audit.Count} audit entries.");
        return new ImportSummary(organisationId, planned.Count, alreadyThere, accounts.Count, audit.Count);
    }

    private DateTimeOffset Now => (ServiceProvider.GetService<Clock>() ?? Clock.System).Now;

    /// <summary>Records an export or import in the organisation's trail (the trail of the instance doing it).</summary>
    private async Task AuditAsync(string organisationId, AuditAuthor? author, string operation, AuditOutcome outcome, string message)
    {
        if (AuditLog is not { } log)
        {
            return;
        }

        var now = Now;
        var input = JsonSerializer.Serialize(new { organisationId }, AuditJson);
        await log.AppendAsync([new AuditEntry($"{now.ToUnixTimeMilliseconds():D13}-{Guid.NewGuid():N}", now, organisationId, author, operation, input,
            $"Organisation {organisationId}", [], [], null, null, outcome, message)]);
    }

    /// <summary>The organisation's other grains: each person's own, team and rota; each colleague's (candidates too); its knows links and what is due.</summary>
    private static IEnumerable<(StateKind Kind, string Key)> Members(OrganisationState organisation, string organisationId)
    {
        foreach (var personId in organisation.PersonIds)
        {
            foreach (var kind in Kinds.Where(k => k.Name is "person" or "team" or "rota"))
            {
                yield return (kind, personId);
            }
        }

        foreach (var staffId in organisation.StaffIds)
        {
            yield return (Kinds.Single(k => k.Name == "staff"), staffId);
        }

        yield return (Kinds.Single(k => k.Name == "knows"), organisationId);
        yield return (Kinds.Single(k => k.Name == "due"), organisationId);
    }

    // An account of the organisation travels without its password hash, tokens or lock-out: the
    // document is a data file that gets copied about, and must not let anyone sign in. An admin sets
    // each imported account a password (resetPassword); username, roles and colleague are kept.
    private async Task<JsonNode?> ExportAccountAsync(string username, string organisationId)
    {
        if (await Account.ReadAsync(Storage, Serializer, Account.GrainOf(GrainFactory, username)) is not { } node)
        {
            return null;
        }

        var stored = Serializer.Deserialize<Stored<AccountState>>(BinaryData.FromString(node.ToJsonString()))!;
        if (stored.Value!.OrganisationId != organisationId)
        {
            return null;
        }

        var withoutSecrets = stored with
        {
            Value = stored.Value with { PasswordHash = "", Tokens = [], FailedAttempts = 0, LockedUntil = null },
            PendingAudit = [.. stored.PendingAudit.Select(e => e with { Before = AuditSecrets.LeftOut(e.Before), After = AuditSecrets.LeftOut(e.After) })],
        };
        return JsonNode.Parse(Serializer.Serialize(withoutSecrets).ToString());
    }

    // An imported account has since been given a password and signed in with: it is the same account
    // while it has the same roles, organisation and colleague.
    private bool SameAccount(JsonNode existing, JsonNode stored)
    {
        var (here, there) = (Account(existing), Account(stored));
        return here.Roles.SequenceEqual(there.Roles) && here.OrganisationId == there.OrganisationId && here.StaffId == there.StaffId;

        AccountState Account(JsonNode node) => Serializer.Deserialize<Stored<AccountState>>(BinaryData.FromString(node.ToJsonString()))!.Value!;
    }

    private async Task<List<AuditEntry>> TrailAsync(string organisationId)
    {
        var entries = new List<AuditEntry>();
        if (AuditLog is not { } log)
        {
            return entries;
        }

        string? after = null;
        do
        {
            var page = await log.ReadAsync(new AuditQuery(organisationId, null, null, null, null, 1000, after));
            entries.AddRange(page.Entries);
            after = page.Next;
        }
        while (after is not null);

        entries.Reverse();  // oldest first, as they were made
        return entries;
    }

    private static JsonObject Entry(StateKind kind, string key, JsonNode stored) => new() { ["kind"] = kind.Name, ["key"] = key, ["stored"] = stored };

    private static (string OrganisationId, List<(StateKind Kind, string Key, JsonNode Stored)> States, List<(StateKind Kind, string Key, JsonNode Stored)> Accounts, List<AuditEntry> Audit) Read(string document)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(document);
        }
        catch (JsonException e)
        {
            throw DomainException.InvalidInput($"The document is not JSON: {e.Message}");
        }

        if (root?["format"]?.GetValue<string>() != Format || root["version"]?.GetValue<int>() != Version)
        {
            throw DomainException.InvalidInput($"The document is not an organisation export (format \"{Format}\", version {Version}).");
        }

        var organisationId = root["organisationId"]?.GetValue<string>() ?? throw DomainException.InvalidInput("The document names no organisation.");
        var states = Entries(root["grains"], organisationId);
        if (!states.Any(s => s.Kind == Organisation && s.Key == organisationId))
        {
            throw DomainException.InvalidInput($"The document has no state for organisation {organisationId}.");
        }

        var accounts = Entries(root["accounts"], organisationId);
        if (accounts.Any(a => a.Kind != Account) || states.Any(s => s.Kind == Account))
        {
            throw DomainException.InvalidInput("Accounts belong under \"accounts\" and nothing else does.");
        }

        var audit = root["audit"]?.AsArray().Select(e => e.Deserialize<AuditEntry>(AuditJson)!).ToList() ?? [];
        if (audit.Any(e => e.OrganisationId != organisationId))
        {
            throw DomainException.InvalidInput($"The document's audit trail has entries of another organisation than {organisationId}.");
        }

        return (organisationId, states, accounts, audit);
    }

    private static List<(StateKind Kind, string Key, JsonNode Stored)> Entries(JsonNode? list, string organisationId)
    {
        var entries = new List<(StateKind, string, JsonNode)>();
        foreach (var item in list?.AsArray() ?? [])
        {
            var name = item?["kind"]?.GetValue<string>();
            var kind = Kinds.FirstOrDefault(k => k.Name == name) ?? throw DomainException.InvalidInput($"The document has a state of an unknown kind \"{name}\" (of organisation {organisationId}).");
            var key = item!["key"]?.GetValue<string>() ?? throw DomainException.InvalidInput($"A {name} state in the document has no key.");
            entries.Add((kind, key, item["stored"]?.DeepClone() ?? throw DomainException.InvalidInput($"The {name} state of {key} in the document is empty.")));
        }

        return entries;
    }
}
