using SupportGrains.GraphQL.Language;
using SupportGrains.GraphQL.Types;
using SupportGrains.GraphQL.Validation;
using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class KnownOperationTypesRuleAbsentRootTests
{
    [Fact]
    public void An_operation_the_schema_has_no_root_for_is_refused()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }").UseDefaultResolvers().Build();

        var errors = DocumentValidator.Validate(schema, Parser.Parse("mutation { a }"), ValidationLimits.None, [() => new KnownOperationTypesRule()]);

        Assert.Equal("The mutation operation is not supported by the schema.", Assert.Single(errors).Message);
    }
}
