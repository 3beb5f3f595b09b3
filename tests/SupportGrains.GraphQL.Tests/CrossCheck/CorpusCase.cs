namespace SupportGrains.GraphQL.Tests.CrossCheck;

/// <summary>
/// One request of the cross-check corpus. In cases.txt a case starts with "### name", may set
/// "# variables: {json}" and "# operation: Name", and the rest up to the next case is the document.
/// </summary>
internal sealed record CorpusCase(string Name, string Query, string? Variables, string? OperationName)
{
    public static List<CorpusCase> Parse(string text)
    {
        var cases = new List<CorpusCase>();
        foreach (var block in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("### ", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n').ToList();
            var name = lines[0].Trim();
            string? variables = null;
            string? operation = null;
            var body = new List<string>();
            foreach (var line in lines.Skip(1))
            {
                if (line.StartsWith("# variables: ", StringComparison.Ordinal))
                {
                    variables = line["# variables: ".Length..];
                }
                else if (line.StartsWith("# operation: ", StringComparison.Ordinal))
                {
                    operation = line["# operation: ".Length..].Trim();
                }
                else
                {
                    body.Add(line);
                }
            }

            cases.Add(new CorpusCase(name, string.Join('\n', body).Trim('\n'), variables, operation));
        }

        return cases;
    }
}
