namespace SupportGrains.GraphQL.Language;

/// <summary>The document is not valid GraphQL syntax, or breaks a parser limit.</summary>
public sealed class GraphQLSyntaxException(string description, Location location)
    : Exception("Syntax Error: " + description)
{
    /// <summary>Where the error was found.</summary>
    public Location Location { get; } = location;
}
