namespace SupportGrains.Grains.Common;

/// <summary>
/// Where the domain's grains keep their state. Orleans' ADO.NET store keys a row by state name and
/// grain key (not by grain class), so every grain type has a state name of its own.
/// </summary>
public static class StorageNames
{
    /// <summary>The one store of the application (SQLite by default, PostgreSQL by configuration).</summary>
    public const string Default = "Default";

    public const string Catalog = "catalog";
    public const string Organisation = "organisation";
    public const string Person = "person";
    public const string Staff = "staff";
    public const string Team = "team";
    public const string Knows = "knows";
    public const string Due = "due";
    public const string Rota = "rota";
    public const string Account = "account";
    public const string AccountCatalog = "account-catalog";
}
