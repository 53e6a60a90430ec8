namespace Remnant.Domain.Decoding;

/// <summary>The four kinds of decoder; context rules address a whole family at once.</summary>
internal enum DecoderFamily
{
    Calendar,
    Headstamp,
    DateCode,
    Lot,
}

/// <summary>A decoder family: reads a prepared marking and adds what it finds to the hypotheses.</summary>
internal interface IMarkingFamily
{
    DecoderFamily Family { get; }

    void Collect(MarkingText text, DecodeContext context, Hypotheses into);
}
