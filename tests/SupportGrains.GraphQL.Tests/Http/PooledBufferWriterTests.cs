using System.Buffers;
using System.Text.Json;
using SupportGrains.GraphQL.Http;

namespace SupportGrains.GraphQL.Tests.Http;

/// <summary>The pooled buffer an answer is written into: the same bytes as .NET's ArrayBufferWriter, however far it grows.</summary>
public sealed class PooledBufferWriterTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(5_000)]
    [InlineData(200_000)]
    public void Json_written_into_it_is_byte_for_byte_what_an_ArrayBufferWriter_holds(int items)
    {
        var expected = new ArrayBufferWriter<byte>(16);
        Write(expected, items);
        using var pooled = new PooledBufferWriter(16);
        Write(pooled, items);

        Assert.Equal(expected.WrittenCount, pooled.WrittenCount);
        Assert.True(expected.WrittenSpan.SequenceEqual(pooled.WrittenMemory.Span));
    }

    [Fact]
    public void Advancing_past_what_was_asked_for_is_refused()
    {
        using var pooled = new PooledBufferWriter(16);
        var room = pooled.GetSpan(8).Length;

        Assert.Throws<InvalidOperationException>(() => pooled.Advance(room + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => pooled.Advance(-1));
        Assert.Equal(0, pooled.WrittenCount);
    }

    [Fact]
    public void A_disposed_buffer_holds_nothing()
    {
        var pooled = new PooledBufferWriter(16);
        pooled.GetSpan(4)[..4].Fill(7);
        pooled.Advance(4);

        pooled.Dispose();

        Assert.Equal(0, pooled.WrittenCount);
        Assert.True(pooled.WrittenMemory.IsEmpty);
    }

    private static void Write(IBufferWriter<byte> buffer, int items)
    {
        using var writer = new Utf8JsonWriter(buffer);
        writer.WriteStartArray();
        for (var i = 0; i < items; i++)
        {
            writer.WriteStringValue($"item {i} — ünïcödé {new string('x', i % 37)}");
        }

        writer.WriteEndArray();
    }
}
