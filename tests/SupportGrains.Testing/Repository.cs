namespace SupportGrains.Testing;

/// <summary>Where the repository's files and built programs are, found from the test binaries.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration the tests were built in (Debug or Release): the programs they start were built the same way.</summary>
    public static string Configuration { get; } = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    /// <summary>The built assembly of one of the repository's programs, e.g. ("api", "SupportGrains.Api").</summary>
    public static string Program(string folder, string assembly)
    {
        var path = Path.Combine(Root, folder, "bin", Configuration, "net10.0", assembly + ".dll");
        return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is not built: build the solution first (dotnet build SupportGrains.sln).");
    }

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
