namespace SupportGrains.Silo;

/// <summary>A grain timer. Ticks never overlap: the period counts from the end of the previous callback.</summary>
public interface IGrainTimer : IDisposable
{
    /// <summary>Changes when the next tick is due and the period after it.</summary>
    void Change(TimeSpan dueTime, TimeSpan period);
}
