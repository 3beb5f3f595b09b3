using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Language;
using SupportGrains.GraphQL.Types;
using SupportGrains.GraphQL.Validation;

namespace SupportGrains.GraphQL.Tests.Validation;

/// <summary>The schema of the specification's validation examples (Dog, Cat, Human, Alien), and assertions for one rule at a time.</summary>
internal static class RuleHarness
{
    public const string Sdl = """
        type Query {
          dog: Dog
          cat: Cat
          pet: Pet
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
          human: Human
          findDog(searchBy: FindDogInput): Dog
          booleanList(booleanListArg: [Boolean!]): Boolean
          arguments: ComplicatedArgs
        }
        type Mutation { mutateDog: Dog }
        type Subscription { newMessage: Message disallowedSecondRootField: Boolean }
        type Message { body: String sender: String }
        enum DogCommand { SIT DOWN HEEL }
        interface Sentient { name: String! }
        interface Pet { name: String! }
        type Dog implements Pet {
          name: String!
          nickname: String
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean): Boolean!
          owner: Human
        }
        type Alien implements Sentient { name: String! homePlanet: String }
        type Human implements Sentient { name: String! pets: [Pet!] }
        enum CatCommand { JUMP }
        type Cat implements Pet { name: String! nickname: String doesKnowCommand(catCommand: CatCommand!): Boolean! meowVolume: Int }
        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien
        input FindDogInput { name: String owner: String }
        input Choice @oneOf { byName: String byId: ID }
        type ComplicatedArgs {
          intArg(intArg: Int): String
          nonNullIntArg(nonNullIntArg: Int!): String
          stringArg(stringArg: String): String
          floatArg(floatArg: Float): String
          idArg(idArg: ID): String
          enumArg(dogCommand: DogCommand): String
          stringListArg(stringListArg: [String]): String
          complexArg(complexArg: FindDogInput): String
          oneOfArg(choice: Choice): String
          multipleReqs(req1: Int!, req2: Int!): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
        }
        directive @onField on FIELD
        directive @repeatable repeatable on FIELD
        """;

    public static Schema Schema { get; } = SchemaBuilder.FromSdl(Sdl).UseDefaultResolvers().Build();

    public static List<GraphQLError> Validate<TRule>(string query)
        where TRule : ValidationRule, new() =>
        DocumentValidator.Validate(Schema, Parser.Parse(query), ValidationLimits.None, [() => new TRule()]);

    public static void Valid<TRule>(string query)
        where TRule : ValidationRule, new()
    {
        var errors = Validate<TRule>(query);
        Assert.True(errors.Count == 0, "Unexpected errors: " + string.Join("; ", errors.Select(e => e.Message)));
    }

    public static void Invalid<TRule>(string query, params (string Message, int Line, int Column)[] expected)
        where TRule : ValidationRule, new()
    {
        var errors = Validate<TRule>(query);
        Assert.Equal(expected.Select(e => e.Message), errors.Select(e => e.Message));
        Assert.Equal(expected.Select(e => (e.Line, e.Column)), errors.Select(e => e.Locations[0]));
    }
}
