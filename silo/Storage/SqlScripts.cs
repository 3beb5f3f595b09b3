using System.Reflection;

namespace SupportGrains.Silo.Storage;

// The SQL ships as embedded resources so the schema and the query texts cannot drift apart between builds.
internal static class SqlScripts
{
    private const string QueryKeyMarker = "-- QueryKey:";

    public static string Read(StorageProvider provider, string fileName)
    {
        // Matching on the tail keeps this independent of the root namespace of the project that embeds the files.
        var suffix = $"Sql.{provider}.{fileName}";
        var assembly = typeof(SqlScripts).Assembly;
        var resourceName = assembly.GetManifestResourceNames().SingleOrDefault(name => name.EndsWith(suffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded SQL resource '*{suffix}' is missing from {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    public static IReadOnlyList<KeyValuePair<string, string>> ReadQueries(StorageProvider provider, string fileName)
    {
        var queries = new List<KeyValuePair<string, string>>();
        string? key = null;
        var text = new List<string>();
        foreach (var line in Read(provider, fileName).Split('\n'))
        {
            if (line.StartsWith(QueryKeyMarker, StringComparison.Ordinal))
            {
                Flush();
                key = line[QueryKeyMarker.Length..].Trim();
                continue;
            }

            if (key is not null)
            {
                text.Add(line);
            }
        }

        Flush();
        return queries;

        void Flush()
        {
            if (key is not null)
            {
                queries.Add(new(key, string.Join('\n', text).Trim()));
            }

            text.Clear();
        }
    }
}
