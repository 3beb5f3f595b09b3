namespace SupportGrains.Grains.Common;

/// <summary>The storage providers the domain's grains keep their state in.</summary>
public static class StorageNames
{
    /// <summary>The one store of the application (SQLite by default, PostgreSQL by configuration).</summary>
    public const string Default = "Default";
}
