namespace SupportGrains.Reliability.Tests.Crashes;

/// <summary>
/// A change on record: every time it was sent, what came back, and, when an answer was lost, whether
/// the change was found made or not made before it was sent again with the same clientMutationId.
/// </summary>
public sealed class SentChange(Mutation mutation, DateTimeOffset firstSentAt)
{
    private readonly List<string> _problems = [];

    public Mutation Mutation { get; } = mutation;

    public DateTimeOffset FirstSentAt { get; } = firstSentAt;

    public int Attempts { get; private set; }

    /// <summary>The last answer: Acknowledged or Refused once settled; Unacknowledged while the client still resolves it.</summary>
    public Answer Final { get; private set; } = Answer.Unacknowledged;

    public string? RefusalCode { get; private set; }

    public string? RefusalMessage { get; private set; }

    /// <summary>Answers lost on requests that reached the app (the process or a silo died while it worked on them).</summary>
    public int LostInFlight { get; private set; }

    /// <summary>Answers lost on requests that never reached the app (nothing listened).</summary>
    public int NotDelivered { get; private set; }

    /// <summary>For a change whose answer was lost in flight: whether it was found made (true) or not made (false) the first time it was looked for.</summary>
    public bool? FoundMade { get; private set; }

    /// <summary>Whether sending it again (same clientMutationId) was acknowledged, refused, or never needed.</summary>
    public Answer? Retried { get; private set; }

    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    public void Answered(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        Attempts++;
        if (Attempts > 1 && reply.Answer != Answer.Unacknowledged)
        {
            Retried = reply.Answer;
        }

        Final = reply.Answer;
        (RefusalCode, RefusalMessage) = reply.Answer == Answer.Refused ? (reply.Code, reply.Detail) : (null, null);
        if (reply.Answer == Answer.Unacknowledged)
        {
            if (reply.NotDelivered)
            {
                NotDelivered++;
            }
            else
            {
                LostInFlight++;
            }
        }

        if (reply.Answer == Answer.Refused && FoundMade == true)
        {
            Problem($"it was found made after its answer was lost, yet sending it again with the same clientMutationId was refused ({reply.Code}: {reply.Detail})");
        }
    }

    /// <summary>What was found of the change after its answer was lost: how often its trace shows, and its applied audit entries.</summary>
    public void Found(int? traces, int auditEntries)
    {
        var made = auditEntries > 0;
        if (traces is { } count && (count > 0) != made)
        {
            Problem($"half made after a lost answer: its trace shows {count} time(s), its audit entries {auditEntries}");
        }

        if (auditEntries > 1 || traces > 1)
        {
            Problem($"made more than once after a lost answer: trace {traces}, audit entries {auditEntries}");
        }

        FoundMade ??= made;
    }

    public void Problem(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }

    public override string ToString() => Mutation.ToString();
}
