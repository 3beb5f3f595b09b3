namespace SupportGrains.GraphQL.Tests;

/// <summary>Where the repository's files are, found from the test binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string TestTools => Path.Combine(Root, "tests", "js");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SupportGrains.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (SupportGrains.sln) above " + AppContext.BaseDirectory);
    }
}
