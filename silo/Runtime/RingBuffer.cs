namespace SupportGrains.Silo.Runtime;

/// <summary>
/// A small growable FIFO queue that can also remove from the middle (an interleavable request
/// may be admitted ahead of a blocked one). Not thread-safe: its activation's lock guards it.
/// </summary>
internal sealed class RingBuffer<T>
{
    private T[] _items = new T[4];
    private int _head;

    public int Count { get; private set; }

    public T this[int index] => _items[(_head + index) & (_items.Length - 1)];

    public void Enqueue(T item)
    {
        if (Count == _items.Length)
        {
            Grow();
        }

        _items[(_head + Count) & (_items.Length - 1)] = item;
        Count++;
    }

    public bool TryDequeue(out T item)
    {
        if (Count == 0)
        {
            item = default!;
            return false;
        }

        item = _items[_head];
        _items[_head] = default!;
        _head = (_head + 1) & (_items.Length - 1);
        Count--;
        return true;
    }

    public T RemoveAt(int index)
    {
        var mask = _items.Length - 1;
        var item = this[index];
        for (var i = index; i < Count - 1; i++)
        {
            _items[(_head + i) & mask] = _items[(_head + i + 1) & mask];
        }

        _items[(_head + Count - 1) & mask] = default!;
        Count--;
        return item;
    }

    public List<T> DrainToList()
    {
        var list = new List<T>(Count);
        while (TryDequeue(out var item))
        {
            list.Add(item);
        }

        return list;
    }

    private void Grow()
    {
        var larger = new T[_items.Length * 2];
        for (var i = 0; i < Count; i++)
        {
            larger[i] = this[i];
        }

        _items = larger;
        _head = 0;
    }
}
