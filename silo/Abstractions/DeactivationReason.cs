namespace SupportGrains.Silo;

/// <summary>Why an activation is being deactivated.</summary>
public enum DeactivationReason
{
    /// <summary>It was idle for longer than its collection age.</summary>
    Idle,

    /// <summary>The grain asked for it with <c>DeactivateOnIdle()</c>.</summary>
    Requested,

    /// <summary>Its persisted state changed behind its back (stale ETag) or a write failed: it reloads on the next call.</summary>
    StateInvalidated,

    /// <summary>The silo is shutting down.</summary>
    Shutdown,
}
