using CsCheck;
using Remnant.Domain.Text;
using Remnant.Domain.Tracing;
using Remnant.Domain.Validation;

namespace Remnant.Domain.Tests.Tracing;

public sealed class SerialRangeTests
{
    [Theory]
    [InlineData("AK-0100", "AK-0199", "AK-0150", true)]
    [InlineData("AK-0100", "AK-0199", "ак 0150", true)]       // Cyrillic look-alikes, other separator
    [InlineData("AK-0100", "AK-0199", "AK-0200", false)]
    [InlineData("AK-0100", "AK-0199", "AK-150", false)]       // both ends have 4 digits: so must the serial
    [InlineData("AK-100", "AK-1000", "AK-0150", true)]        // ends differ in width: any width
    [InlineData("AK-0100", "AK-0199", "AB-0150", false)]
    [InlineData("369J250", "369J260", "369J257", true)]
    [InlineData("12-A", "30-A", "25A", true)]                 // suffix kept
    [InlineData("12-A", "30-A", "25B", false)]
    [InlineData("AK-0100", "AK-0199", null, false)]
    [InlineData("AK-0100", "AK-0199", "AK", false)]
    public void Contains_Examples(string from, string to, string? serial, bool expected)
    {
        var range = SerialRange.Create(from, to, new ValidationErrors());
        Assert.NotNull(range);
        Assert.Equal(expected, range.Value.Contains(serial is null ? null : FoldKey.Fold(serial)));
    }

    [Theory]
    [InlineData("AK-0100", "AK-0199", "AK01")]
    [InlineData("1234500", "1234599", "12345")]
    [InlineData("AK-100", "AK-1000", "AK")]       // widths differ: only the letters
    [InlineData("X-0500", "X-0500", "X0500")]
    [InlineData("0-A", "9-A", "")]
    public void ScanPrefix_SharedLeadingDigits(string from, string to, string expected) =>
        Assert.Equal(expected, SerialRange.Create(from, to, new ValidationErrors())!.Value.ScanPrefix);

    [Theory]
    [InlineData("AK-0199", "AK-0100", "serialTo")]
    [InlineData("AK-0100", "AB-0199", "serialTo")]
    [InlineData("AK", "AK-0199", "serialFrom")]
    [InlineData("AK-1", "---", "serialTo")]
    [InlineData("1234567890123456789", "1234567890123456799", "serialFrom,serialTo")]
    public void Create_Invalid_NamesField(string from, string to, string fields)
    {
        var errors = new ValidationErrors();
        Assert.Null(SerialRange.Create(from, to, errors));
        Assert.Equal(fields.Split(','), errors.Fields.Select(f => f.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Contains_FixedWidthNumbers_ExactlyThoseBetweenEnds()
    {
        Gen.Select(Gen.Char["ABCXYZ-"].Array[0, 4].Select(c => new string(c)), Gen.Long[0, 8_000_000], Gen.Long[0, 1_000], Gen.Long[-200, 1_200])
            .Sample((prefix, start, length, offset) =>
            {
                var range = SerialRange.Create($"{prefix}{start:D7}", $"{prefix}{start + length:D7}", new ValidationErrors())!.Value;
                var n = start + offset;
                return n < 0 || range.Contains(FoldKey.Fold($"{prefix}{n:D7}")) == (offset >= 0 && offset <= length);
            });
    }
}
