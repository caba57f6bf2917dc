using System;
using System.Buffers.Binary;
using System.Text;

namespace Agora.Rest.Tokens.Format;

/// <summary>Reads Agora's token primitives; anything short or malformed is a <see cref="FormatException"/>.</summary>
internal ref struct TokenReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public TokenReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
    }

    public readonly int Position => _position;

    public readonly bool AtEnd => _position == _data.Length;

    public readonly ReadOnlySpan<byte> Remaining => _data.Slice(_position);

    public ushort ReadUInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2));

    public short ReadInt16() => BinaryPrimitives.ReadInt16LittleEndian(Take(2));

    public uint ReadUInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

    public ReadOnlySpan<byte> ReadBytes() => Take(ReadUInt16());

    public string ReadString()
    {
        ReadOnlySpan<byte> bytes = ReadBytes();
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        try
        {
#if NET5_0_OR_GREATER
            return StrictUtf8.GetString(bytes);
#else
            return StrictUtf8.GetString(bytes.ToArray());
#endif
        }
        catch (DecoderFallbackException exception)
        {
            throw new FormatException("The token holds a text field that is not valid UTF-8.", exception);
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private ReadOnlySpan<byte> Take(int count)
    {
        if (_data.Length - _position < count)
        {
            throw new FormatException($"The token ends early: {count} more bytes were expected at offset {_position}, {_data.Length - _position} remain.");
        }

        ReadOnlySpan<byte> span = _data.Slice(_position, count);
        _position += count;
        return span;
    }
}
