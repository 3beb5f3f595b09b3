using System.Collections.Immutable;

namespace SupportGrains.Grains.Audit;

/// <summary>For the audit entries of grains that keep long lists (every shift, everything recorded as due): only the items a change touched, as they were and as they are.</summary>
public static class AuditChanges
{
    public static (ImmutableArray<T> Before, ImmutableArray<T> After) Of<T>(ImmutableArray<T> before, ImmutableArray<T> after)
        where T : class
    {
        var earlier = before.IsDefault ? [] : before;
        var now = after.IsDefault ? [] : after;
        var was = earlier.ToHashSet();
        var isNow = now.ToHashSet();
        return ([.. earlier.Where(item => !isNow.Contains(item))], [.. now.Where(item => !was.Contains(item))]);
    }
}
