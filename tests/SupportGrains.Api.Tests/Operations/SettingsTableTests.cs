using System.Text.RegularExpressions;
using SupportGrains.Api.Accounts;
using SupportGrains.Testing;

namespace SupportGrains.Api.Tests.Operations;

/// <summary>
/// README "Operating it" / "Settings" lists every setting the app and the silo read, with its default: the keys are
/// found by reading the code (literal keys, keys read from a section the same file opened, the
/// section-bound options classes), so a setting added without a row in the table fails here.
/// </summary>
public sealed partial class SettingsTableTests
{
    private static readonly string[] Folders = ["api", "silo"];

    [Fact]
    public void Every_setting_the_code_reads_has_a_row_with_a_default_in_the_README_settings_table()
    {
        var documented = DocumentedSettings();
        var read = SettingsReadByTheCode();
        Assert.True(read.Count >= 40, $"Only {read.Count} settings found in the code: the scan no longer works.\n{string.Join("\n", read)}");

        var missing = read.Where(key => !documented.Keys.Any(row => Covers(row, key))).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"Settings read by the code but missing from README \"Settings\": {string.Join(", ", missing)}");
        var withoutDefault = documented.Where(row => string.IsNullOrWhiteSpace(row.Value)).Select(row => row.Key).ToList();
        Assert.True(withoutDefault.Count == 0, $"Rows of README \"Settings\" without a default: {string.Join(", ", withoutDefault)}");
    }

    [Fact]
    public void The_scan_finds_settings_read_through_a_section_and_through_an_options_class()
    {
        var read = SettingsReadByTheCode();
        Assert.Contains("Storage:PostgresSchema", read);               // storage["PostgresSchema"], storage = GetSection("Storage")
        Assert.Contains("Cluster:GatewayPort", read);                  // cluster.GetValue("GatewayPort", …)
        Assert.Contains("Authentication:JwtBearer:Audience", read);    // section["Audience"], section = GetSection("Authentication:JwtBearer")
        Assert.Contains("RateLimits:Enabled", read);                   // section.GetValue("Enabled", …), section = GetSection(Section)
        Assert.Contains("Accounts:InitialAdminPassword", read);        // AccountOptions, bound to "Accounts"
        Assert.Contains("Operations:Import:MaxBytes", read);           // a literal key
        Assert.Contains("ConnectionStrings:Postgres", read);           // GetConnectionString("Postgres")
    }

    /// <summary>The README table's rows: each key of the first column (`A:B`, several to a row), with the row's default.</summary>
    private static Dictionary<string, string> DocumentedSettings()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var start = readme.IndexOf("\n### Settings\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no \"### Settings\" section.");
        var end = readme.IndexOf("\n#", start + 5, StringComparison.Ordinal);
        var rows = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in readme[start..(end < 0 ? readme.Length : end)].Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = line.Split('|');
            foreach (Match key in Backticked().Matches(cells[1]))
            {
                rows[key.Groups[1].Value] = cells[2].Trim();
            }
        }

        return rows;
    }

    /// <summary>A row covers a key it names, or a section the key is in (a row `Cluster:Membership:*` covers every key under it), or one under the section the code opens.</summary>
    private static bool Covers(string row, string key) =>
        string.Equals(row, key, StringComparison.OrdinalIgnoreCase)
        || (row.EndsWith(":*", StringComparison.Ordinal) && key.StartsWith(row[..^1], StringComparison.OrdinalIgnoreCase))
        || row.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase);

    private static SortedSet<string> SettingsReadByTheCode()
    {
        var keys = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var files = Folders.SelectMany(f => Directory.EnumerateFiles(Path.Combine(Repository.Root, f), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var code = File.ReadAllText(file);
            if (!code.Contains("onfiguration", StringComparison.Ordinal))
            {
                continue;
            }

            // Literal keys: "Section:Key" (in indexers, GetValue, GetSection and constants naming them).
            foreach (Match literal in LiteralKey().Matches(code))
            {
                keys.Add(literal.Groups[1].Value);
            }

            // Single-word keys read straight off the configuration: urls, https_port.
            foreach (Match word in TopLevelKey().Matches(code))
            {
                keys.Add(word.Groups[1].Value);
            }

            foreach (Match connection in ConnectionString().Matches(code))
            {
                keys.Add("ConnectionStrings:" + connection.Groups[1].Value);
            }

            // Keys read from a section the file opened: var storage = configuration.GetSection("Storage"); storage["Provider"].
            var constants = Constant().Matches(code).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);
            // A variable opened twice in a file (two sections, one after the other) reads the first until the
            // second; a variable of one method is not the same-named parameter of the next.
            var sections = SectionVariable().Matches(code).ToList();
            foreach (var (section, i) in sections.Select((m, i) => (m, i)))
            {
                var name = section.Groups[2].Success ? section.Groups[2].Value : constants.GetValueOrDefault(section.Groups[3].Value);
                if (name is null)
                {
                    continue;
                }

                var nextMember = NextMember().Match(code, section.Index);
                var until = Math.Min(
                    sections.Skip(i + 1).FirstOrDefault(m => m.Groups[1].Value == section.Groups[1].Value)?.Index ?? code.Length,
                    nextMember.Success ? nextMember.Index : code.Length);
                var variable = Regex.Escape(section.Groups[1].Value);
                foreach (Match key in Regex.Matches(code[section.Index..until], $@"\b{variable}(?:\[""|\.GetValue(?:<[^>]+>)?\("")([A-Za-z]+)""", RegexOptions.None, TimeSpan.FromSeconds(1)))
                {
                    keys.Add($"{name}:{key.Groups[1].Value}");
                }
            }
        }

        // A key of a section opened from another ("GraphQL:PerAccount" under RateLimits) is not a key of its own.
        keys.RemoveWhere(k => keys.Any(other => other.Length > k.Length && other.EndsWith(":" + k, StringComparison.OrdinalIgnoreCase)));

        // Options classes bound to a section: each settable property is a key.
        foreach (var property in typeof(AccountOptions).GetProperties().Where(p => p.CanWrite))
        {
            keys.Add("Accounts:" + property.Name);
        }

        // Bucket settings: each RateLimits bucket has Burst and PerSecond.
        foreach (var bucket in keys.Where(k => k.StartsWith("RateLimits:", StringComparison.Ordinal) && k.Count(c => c == ':') == 2).ToList())
        {
            keys.Remove(bucket);
            keys.Add(bucket + ":Burst");
            keys.Add(bucket + ":PerSecond");
        }

        return keys;
    }

    [GeneratedRegex(@"""([A-Z][A-Za-z]+(?::[A-Za-z][A-Za-z0-9_.]*)+)""")]
    private static partial Regex LiteralKey();

    [GeneratedRegex(@"[cC]onfiguration\[""([A-Za-z_]+)""\]")]
    private static partial Regex TopLevelKey();

    [GeneratedRegex(@"GetConnectionString\(""([A-Za-z]+)""\)")]
    private static partial Regex ConnectionString();

    [GeneratedRegex(@"\n    (?:public|private|internal|protected) ")]
    private static partial Regex NextMember();

    [GeneratedRegex(@"const string (\w+) = ""([A-Za-z:]+)""")]
    private static partial Regex Constant();

    [GeneratedRegex(@"var (\w+) = \w*[cC]onfiguration\.GetSection\((?:""([A-Za-z:]+)""|(\w+))\)")]
    private static partial Regex SectionVariable();

    [GeneratedRegex("`([A-Za-z_][A-Za-z0-9_.]*(?::[A-Za-z0-9_.*]+)*)`")]
    private static partial Regex Backticked();
}
