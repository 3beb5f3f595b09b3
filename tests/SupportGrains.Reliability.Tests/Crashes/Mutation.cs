using System.Text.Json.Nodes;

namespace SupportGrains.Reliability.Tests.Crashes;

/// <summary>
/// One change a client asks for: the GraphQL mutation (document, variables, the field it calls) with
/// its clientMutationId, and how to find what it did in the records read back afterwards.
/// </summary>
public sealed class Mutation
{
    public required int Client { get; init; }

    /// <summary>The operation, as the audit trail names it (the mutation field): addPerson, advanceMatch, …</summary>
    public required string Field { get; init; }

    public required string Key { get; init; }

    public required string Document { get; init; }

    public required object Variables { get; init; }

    /// <summary>
    /// How many times what the change did shows in the records (its person by name, its review by its
    /// marker, its allocation by its hours, …): once when it was made, never more. Null for a change that
    /// leaves nothing of its own to count (a knows link is one fact however often it is recorded; an
    /// assignment shows only as a count per shift), where the audit trail alone tells.
    /// </summary>
    public Func<World, int>? Trace { get; init; }

    /// <summary>The shift an assignShift gives or opens: its ASSIGNED and OPENED events are counted against these changes.</summary>
    public string? ShiftId { get; init; }

    /// <summary>The knows link a recordKnows makes, which must read the same from both sides.</summary>
    public KnowsLink? Link { get; init; }

    /// <summary>The code the client expects the change to be refused with (it asks for something the rules forbid), or null when it expects it made.</summary>
    public string? ExpectedRefusal { get; init; }

    /// <summary>What the client learns from the change's result when it is acknowledged (ids, stages).</summary>
    public Action<JsonNode>? Learn { get; init; }

    public override string ToString() => $"{Field} {Key}";
}
