using System.Globalization;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;

namespace Remnant.Data.Evidence;

/// <summary>Capture time and GPS position from a photo's EXIF, read with MetadataExtractor.</summary>
public static class ExifReader
{
    /// <summary>What EXIF says about where and when a photo was taken; empty when it says nothing.</summary>
    public sealed record Result(string? CapturedAt, double? Latitude, double? Longitude);

    /// <summary>Reads the file at <paramref name="path"/>; any unreadable metadata gives an empty result.</summary>
    public static Result Read(string path)
    {
        try
        {
            var directories = ImageMetadataReader.ReadMetadata(path);
            return new Result(CaptureTime(directories), Gps(directories)?.Latitude, Gps(directories)?.Longitude);
        }
        catch (Exception e) when (e is ImageProcessingException or IOException or MetadataException or ArgumentException or IndexOutOfRangeException)
        {
            return new Result(null, null, null);
        }
    }

    private static string? CaptureTime(IReadOnlyList<MetadataExtractor.Directory> directories)
    {
        var sub = directories.OfType<ExifSubIfdDirectory>().FirstOrDefault();
        var ifd0 = directories.OfType<ExifIfd0Directory>().FirstOrDefault();
        DateTime time;
        if (sub?.TryGetDateTime(ExifDirectoryBase.TagDateTimeOriginal, out time) == true
            || ifd0?.TryGetDateTime(ExifDirectoryBase.TagDateTime, out time) == true)
        {
            var text = time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
            var offset = sub?.GetString(ExifDirectoryBase.TagTimeZoneOriginal);
            return offset is { Length: 6 } && (offset[0] is '+' or '-') ? text + offset : text;
        }
        return null;
    }

    private static GeoLocation? Gps(IReadOnlyList<MetadataExtractor.Directory> directories)
    {
        var gps = directories.OfType<GpsDirectory>().FirstOrDefault();
        if (gps?.GetGeoLocation() is not { } location) return null;
        return double.IsFinite(location.Latitude) && double.IsFinite(location.Longitude)
               && location.Latitude is >= -90 and <= 90 && location.Longitude is >= -180 and <= 180
            ? location : null;
    }
}
