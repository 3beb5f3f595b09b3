using System.Text.Json;
using System.Text.Json.Serialization;
using SupportGrains.Silo.Runtime;

namespace SupportGrains.Silo.Persistence;

/// <summary>
/// Lets grain state hold grain references: a reference is written as its key (the property's
/// interface type says which grain) and read back as a reference of the same runtime.
/// </summary>
internal sealed class GrainReferenceJsonConverterFactory(GrainRuntime runtime) : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsInterface && typeof(IGrain).IsAssignableFrom(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert), runtime)!;

    private sealed class Converter<TGrain>(GrainRuntime runtime) : JsonConverter<TGrain>
        where TGrain : class, IGrain
    {
        public override TGrain? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            var text = reader.GetString() ?? throw new JsonException($"A {typeof(TGrain).Name} reference is stored as its key.");
            var kind = typeof(IGrainWithStringKey).IsAssignableFrom(typeof(TGrain)) ? GrainKeyKind.String
                : typeof(IGrainWithGuidKey).IsAssignableFrom(typeof(TGrain)) ? GrainKeyKind.Guid
                : GrainKeyKind.Integer;
            return (TGrain)runtime.GetReference(typeof(TGrain), GrainKey.Parse(kind, text));
        }

        public override void Write(Utf8JsonWriter writer, TGrain value, JsonSerializerOptions options)
        {
            if (value is not GrainReference reference)
            {
                throw new JsonException($"Only grain references can be stored for {typeof(TGrain).Name}, not a grain instance.");
            }

            writer.WriteStringValue(reference.Key.ToString());
        }
    }
}
