using System.Buffers;
using System.Collections;
using System.Text.Json;
using SupportGrains.GraphQL.Values;

namespace SupportGrains.GraphQL.Execution;

/// <summary>Writes results as the GraphQL response format: <c>errors</c> first when present, then <c>data</c>, then <c>extensions</c>.</summary>
public static class ResultJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JsonText.Options.Encoder, SkipValidation = true };

    /// <summary>Writes the result as UTF-8 JSON.</summary>
    public static void Write(ExecutionResult result, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        Write(result, writer);
    }

    /// <summary>The result as JSON text.</summary>
    public static string ToJson(ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(result, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void Write(ExecutionResult result, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in result.Errors)
            {
                WriteError(error, writer);
            }

            writer.WriteEndArray();
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(result.Data, writer);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(extensions, writer);
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    public static void WriteError(GraphQLError error, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var (line, column) in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", line);
                writer.WriteNumber("column", column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue((string)segment);
                }
            }

            writer.WriteEndArray();
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(extensions, writer);
        }

        writer.WriteEndObject();
    }

    internal static void WriteValue(object? value, Utf8JsonWriter writer)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                if (double.IsFinite(d) && Math.Floor(d) == d && Math.Abs(d) < 1e15)
                {
                    writer.WriteNumberValue((long)d);
                }
                else
                {
                    writer.WriteNumberValue(d);
                }

                break;
            case ResultMap map:
                map.WriteTo(writer);
                break;
            case ResultList list:
                list.WriteTo(writer);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                writer.WriteStartObject();
                foreach (var (key, item) in pairs)
                {
                    writer.WritePropertyName(key);
                    WriteValue(item, writer);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(item, writer);
                }

                writer.WriteEndArray();
                break;
            default:
                if (BuiltInScalarsNumber(value, out var number))
                {
                    writer.WriteNumberValue(number);
                }
                else
                {
                    JsonSerializer.Serialize(writer, value, value.GetType(), JsonText.Options);
                }

                break;
        }
    }

    private static bool BuiltInScalarsNumber(object value, out double number) => Types.BuiltInScalars.TryNumber(value, out number);
}
