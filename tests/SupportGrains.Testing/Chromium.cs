namespace SupportGrains.Testing;

/// <summary>Finds Debian's chromium; .ci/run installs it. A missing browser is a failure with the fix, never a skip.</summary>
public static class Chromium
{
    public static string Path()
    {
        foreach (var candidate in new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser" })
        {
            if (!string.IsNullOrEmpty(candidate) && File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("chromium is not installed: `apt-get install -y chromium` (.ci/run does this), or set CHROMIUM_PATH.");
    }
}
