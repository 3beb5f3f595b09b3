namespace SupportGrains.Bench.GraphQL;

/// <summary>The three documents of the in-process bench.</summary>
internal static class Documents
{
    /// <summary>(a) Three fields.</summary>
    public const string ThreeFields = "{ hero { id name } }";

    /// <summary>(b) Fragments: named fragments, inline fragments on both object types, nested lists.</summary>
    public const string WithFragments = """
        query HeroAndFriends($episode: Episode = EMPIRE) {
          hero(episode: $episode) {
            ...CharacterParts
            friends {
              ...CharacterParts
              friends { name }
            }
          }
        }

        fragment CharacterParts on Character {
          __typename
          id
          name
          appearsIn
          ... on Human { homePlanet height(unit: FOOT) }
          ... on Droid { primaryFunction }
        }
        """;

    /// <summary>(c) The full introspection query, as GraphQL tools send it (descriptions, deprecated items, repeatable directives, specifiedByURL, oneOf).</summary>
    public const string Introspection = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types { ...FullType }
            directives {
              name
              description
              isRepeatable
              locations
              args(includeDeprecated: true) { ...InputValue }
            }
          }
        }

        fragment FullType on __Type {
          kind
          name
          description
          specifiedByURL
          isOneOf
          fields(includeDeprecated: true) {
            name
            description
            args(includeDeprecated: true) { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }

        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
          isDeprecated
          deprecationReason
        }

        fragment TypeRef on __Type {
          kind
          name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        }
        """;
}
