namespace SupportGrains.GraphQL.Language;

/// <summary>Where a node or token sits in the source: offsets, and the 1-based line and column of its start.</summary>
public readonly record struct Location(int Start, int End, int Line, int Column);
