namespace SupportGrains.Reliability.Tests.Crashes;

/// <summary>What the app answered when a change was sent once.</summary>
public enum Answer
{
    /// <summary>The app answered with the change's result: it is done and must stay done.</summary>
    Acknowledged,

    /// <summary>The app refused the change with a domain error code: nothing of it may be written.</summary>
    Refused,

    /// <summary>No answer, or an error that says nothing about the change (the process died, the store or a silo was away).</summary>
    Unacknowledged,
}
