using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Agora.Rest.Tokens.Format;

/// <summary>
/// Writes Agora's token primitives (little-endian integers, u16-length-prefixed UTF-8 strings) into a
/// buffer rented from the shared pool, growing as needed. Dispose returns the buffer.
/// </summary>
internal struct TokenWriter : IDisposable
{
    private byte[] _buffer;
    private int _length;

    public TokenWriter(int initialCapacity)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);
        _length = 0;
    }

    public readonly int Length => _length;

    public readonly ReadOnlySpan<byte> Written => new(_buffer, 0, _length);

    /// <summary>The bytes so far, writable, for values computed over what follows them (signatures).</summary>
    public readonly Span<byte> WrittenMutable => new(_buffer, 0, _length);

    public void WriteUInt16(ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(Reserve(2), value);

    public void WriteInt16(short value) => BinaryPrimitives.WriteInt16LittleEndian(Reserve(2), value);

    public void WriteUInt32(uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Reserve(4), value);

    /// <summary>A u16 byte count, then the bytes.</summary>
    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        WriteCount(value.Length, "bytes in one field");
        value.CopyTo(Reserve(value.Length));
    }

    /// <summary>A u16 count of what follows; more than a u16 holds is the caller's mistake, said plainly.</summary>
    public void WriteCount(int count, string what)
    {
        if (count > ushort.MaxValue)
        {
            throw new ArgumentException($"A token holds at most {ushort.MaxValue} {what}; this one has {count}.");
        }

        WriteUInt16((ushort)count);
    }

    /// <summary>A u16 byte count, then the UTF-8 bytes.</summary>
    public void WriteString(string value)
    {
        int byteCount = Encoding.UTF8.GetByteCount(value);
        if (byteCount > ushort.MaxValue)
        {
            throw new ArgumentException($"A token field holds at most {ushort.MaxValue} bytes; this one has {byteCount}.");
        }

        WriteUInt16((ushort)byteCount);
        Span<byte> destination = Reserve(byteCount);
#if NET5_0_OR_GREATER
        Encoding.UTF8.GetBytes(value, destination);
#else
        byte[] bytes = Encoding.UTF8.GetBytes(value);
        bytes.CopyTo(destination);
#endif
    }

    public void WriteRaw(ReadOnlySpan<byte> value) => value.CopyTo(Reserve(value.Length));

    /// <summary>Overwrites a u16 written earlier, for counts known only after their items.</summary>
    public readonly void PatchUInt16(int offset, ushort value) =>
        BinaryPrimitives.WriteUInt16LittleEndian(_buffer.AsSpan(offset, 2), value);

    public void Dispose()
    {
        byte[] buffer = _buffer;
        _buffer = Array.Empty<byte>();
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private Span<byte> Reserve(int count)
    {
        if (_buffer.Length - _length < count)
        {
            byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + count));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        Span<byte> span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }
}
