using System.Text.Json;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.GraphQL.Http;

/// <summary>The IDE page (HTML, CSS and script embedded in this assembly: it works offline) and the SDL text.</summary>
internal sealed class IdePage
{
    private string? _sdl;

    public IdePage(GraphQLHttpOptions options)
    {
        var config = JsonSerializer.Serialize(new { title = options.IdeTitle, defaultQuery = options.IdeDefaultQuery });
        Html = Resource("ide.html")
            .Replace("{{TITLE}}", System.Net.WebUtility.HtmlEncode(options.IdeTitle), StringComparison.Ordinal)
            .Replace("{{CSS}}", Resource("ide.css"), StringComparison.Ordinal)
            .Replace("{{CONFIG}}", config.Replace("</", "<\\/", StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("{{JS}}", Resource("ide.js"), StringComparison.Ordinal);
    }

    public string Html { get; }

    public string Sdl(Schema schema) => _sdl ??= SchemaPrinter.Print(schema) + "\n";

    private static string Resource(string name)
    {
        using var stream = typeof(IdePage).Assembly.GetManifestResourceStream("ide." + name.Split('.')[1])
            ?? throw new InvalidOperationException($"The IDE resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
