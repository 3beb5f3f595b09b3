using SupportGrains.GraphQL.Types;

namespace SupportGrains.GraphQL.Tests.Types;

public sealed class SchemaPrinterTests
{
    [Fact]
    public async Task The_sdl_prints_as_graphql_js_prints_it()
    {
        var sdl = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "CrossCheck", "library.graphql"));
        var schema = SchemaBuilder.FromSdl(sdl).UseDefaultResolvers().Build();

        var reference = await NodeTools.RunAsync("print-schema.mjs", sdl);

        Assert.Equal(reference, SchemaPrinter.Print(schema));
    }
}
