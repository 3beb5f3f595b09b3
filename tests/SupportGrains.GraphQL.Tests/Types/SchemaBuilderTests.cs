using SupportGrains.GraphQL.Types;

namespace SupportGrains.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    private sealed record Person(string Id, string Name);

    [Fact]
    public void A_field_without_a_resolver_is_a_start_up_error()
    {
        var error = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl("type Query { person: Person } type Person { id: ID! name: String }").Build());

        Assert.Contains("Query.person has no resolver", error.Message);
        Assert.Contains("Person.id has no resolver", error.Message);
    }

    [Fact]
    public void Binding_a_clr_type_resolves_fields_from_its_properties()
    {
        var schema = SchemaBuilder.FromSdl("type Query { person: Person } type Person { id: ID! name: String }")
            .Resolve("Query", "person", _ => new Person("1", "Sam"))
            .BindType<Person>("Person")
            .Build();

        Assert.NotNull((schema.Type("Person") as ObjectType)!.Field("name")!.Resolver);
    }

    [Fact]
    public void A_property_missing_from_the_bound_type_is_named()
    {
        var error = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl("type Query { person: Person } type Person { id: ID! age: Int }")
            .Resolve("Query", "person", _ => null)
            .BindType<Person>("Person")
            .Build());

        Assert.Contains("Person.age has no resolver, and Person (bound to Person) has no property age", error.Message);
    }

    [Fact]
    public void A_resolver_for_a_field_that_does_not_exist_is_a_start_up_error()
    {
        var error = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl("type Query { a: Int }").Resolve("Query", "a", _ => 1).Resolve("Query", "b", _ => 2).Build());

        Assert.Contains("Query.b, which the schema does not have", error.Message);
    }

    [Theory]
    [InlineData("type Query { a: Nope }", "Unknown type \"Nope\"")]
    [InlineData("type Query { a: Int } interface I { x: Int } type T implements I { y: Int }", "Interface field I.x expected but T does not provide it.")]
    [InlineData("type Query { a: Int } union U = Query | String", "Union type U can only include Object types, it cannot include String.")]
    [InlineData("type Query { a: Int } input I { self: I! }", "Cannot reference Input Object \"I\" within itself through a series of non-null fields: \"self\".")]
    [InlineData("type Query { a: Int } input O @oneOf { a: Int! b: String }", "OneOf input field O.a must be nullable.")]
    [InlineData("type Query { __a: Int }", "Name \"__a\" must not begin with \"__\"")]
    [InlineData("type Query { a(x: Query): Int }", "The type of Query.a(x:) must be Input Type but got: Query.")]
    [InlineData("type Mutation { a: Int }", "Query root type must be provided.")]
    public void Type_system_rules_are_checked_when_the_schema_is_built(string sdl, string message)
    {
        var error = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl(sdl).UseDefaultResolvers().Build());

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Enums_bound_to_clr_enums_map_screaming_case_names_to_members()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Status } enum Status { ON_LEAVE OFF_SICK }").UseDefaultResolvers().BindEnum<DayOfWeek>("Status");

        var error = Assert.Throws<SchemaValidationException>(() => schema.Build());

        Assert.Contains("Enum Status value ON_LEAVE has no member in DayOfWeek", error.Message);
    }
}
