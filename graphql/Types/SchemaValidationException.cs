namespace SupportGrains.GraphQL.Types;

/// <summary>The schema cannot be built: every problem found is listed.</summary>
public sealed class SchemaValidationException(IReadOnlyList<string> errors)
    : Exception("The schema is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  - " + e)))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
