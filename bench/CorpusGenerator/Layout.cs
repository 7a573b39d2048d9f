using System.Globalization;
using System.Text;

namespace KimPress.Bench;

/// <summary>A desa listed in site.yml; <paramref name="Code"/> is its 10-digit code, when it has one.</summary>
internal sealed record DesaInfo(string Name, string? Code);

/// <summary>A kecamatan listed in site.yml.</summary>
internal sealed record KecamatanInfo(string Slug, string Name, IReadOnlyList<DesaInfo> Desa);

/// <summary>A KIM of the corpus: its folder slug and where it sits in site.yml.</summary>
internal sealed record KimPlace(int Index, string Slug, DesaInfo Desa, KecamatanInfo Kecamatan, string ClusterSlug, string ClusterName);

/// <summary>
/// The district's structure: 5 clusters, ceil(kims / 8) kecamatan of 10–12 desa each, and one
/// KIM in 8 of each kecamatan's desa (so not every desa has a KIM, as in a real district).
/// </summary>
internal sealed class Layout
{
    public const int KimsPerKecamatan = 8;

    private Layout(IReadOnlyList<KecamatanInfo> kecamatan, IReadOnlyList<KimPlace> kims)
    {
        Kecamatan = kecamatan;
        Kims = kims;
    }

    public IReadOnlyList<KecamatanInfo> Kecamatan { get; }

    public IReadOnlyList<KimPlace> Kims { get; }

    public static string ClusterSlug(int index) => "klaster-" + Slugs.Slugify(Words.Clusters[index]);

    public static Layout Create(int seed, int kimCount)
    {
        var rng = Seeds.For(seed, Seeds.SiteStream);
        var kecamatanCount = (kimCount + KimsPerKecamatan - 1) / KimsPerKecamatan;
        var kecamatanNames = new NamePool(rng);
        var desaNames = new NamePool(rng);

        var kecamatan = new List<KecamatanInfo>(kecamatanCount);
        var kims = new List<KimPlace>(kimCount);
        for (var k = 0; k < kecamatanCount; k++)
        {
            var name = kecamatanNames.Next();
            var desaCount = 10 + rng.Next(0, 3);
            var desa = new List<DesaInfo>(desaCount);
            for (var d = 0; d < desaCount; d++)
            {
                var code = k < 999 && rng.Next(10) < 6
                    ? string.Create(CultureInfo.InvariantCulture, $"3599{k + 1:000}{d + 1:000}")
                    : null;
                desa.Add(new DesaInfo(desaNames.Next(), code));
            }

            var info = new KecamatanInfo(Slugs.Slugify(name), name, desa);
            kecamatan.Add(info);

            // This kecamatan's KIMs go to a random 8 of its desa.
            var order = Enumerable.Range(0, desaCount).ToArray();
            Rand.Shuffle(rng, order);
            var first = k * KimsPerKecamatan;
            for (var slot = 0; slot < KimsPerKecamatan && first + slot < kimCount; slot++)
            {
                var index = first + slot;
                var place = desa[order[slot]];
                var cluster = index % Words.Clusters.Length;
                kims.Add(new KimPlace(index, "kim-" + Slugs.Slugify(place.Name), place, info, ClusterSlug(cluster), "Klaster " + Words.Clusters[cluster]));
            }
        }

        return new Layout(kecamatan, kims);
    }

    /// <summary>Writes site.yml; its first line marks the folder as generated (see <see cref="Program.Marker"/>).</summary>
    public string SiteYaml(int seed, int kimCount, int postCount)
    {
        var y = new StringBuilder();
        y.Append(CultureInfo.InvariantCulture, $"{Program.Marker} seed {seed}, {kimCount} KIMs x {postCount} posts. Safe to delete.\n");
        y.Append("title: Portal KIM Kabupaten Wangisari (benchmark)\n");
        y.Append("description: ").Append(Yaml.Scalar("Korpus uji kinerja KimPress: kabar desa buatan mesin dari Kelompok Informasi Masyarakat se-Kabupaten Wangisari")).Append('\n');
        y.Append("base_url: https://bench.example/\n");
        y.Append("language: id\n");
        y.Append("timezone: Asia/Jakarta\n");
        y.Append("theme: default\n");
        y.Append("kabupaten: Kabupaten Wangisari\n");
        y.Append("diskominfo:\n");
        y.Append("  name: Dinas Komunikasi dan Informatika Kabupaten Wangisari\n");
        y.Append("  address: ").Append(Yaml.Scalar("Jl. Pahlawan No. 1, Wangisari")).Append('\n');
        y.Append("  email: diskominfo@bench.example\n");
        y.Append("  phone: ").Append(Yaml.Quoted("(0355) 555-100")).Append('\n');
        y.Append("pagination: { home: 20, kim: 10, tag: 20 }\n");
        y.Append("clusters:\n");
        for (var c = 0; c < Words.Clusters.Length; c++)
        {
            y.Append("  - slug: ").Append(ClusterSlug(c)).Append('\n');
            y.Append("    name: Klaster ").Append(Words.Clusters[c]).Append('\n');
            y.Append("    description: ").Append(Yaml.Scalar(Words.ClusterDescriptions[c])).Append('\n');
        }

        y.Append("kecamatan:\n");
        foreach (var kec in Kecamatan)
        {
            y.Append("  - slug: ").Append(kec.Slug).Append('\n');
            y.Append("    name: ").Append(Yaml.Scalar(kec.Name)).Append('\n');
            y.Append("    desa:\n");
            foreach (var desa in kec.Desa)
            {
                y.Append("      - { name: ").Append(Yaml.Scalar(desa.Name));
                if (desa.Code is not null)
                {
                    y.Append(", code: ").Append(Yaml.Quoted(desa.Code));
                }

                y.Append(" }\n");
            }
        }

        return y.ToString();
    }

    /// <summary>Place names ("Sumberrejo", "Kaliwangi") in a seeded random order; numbered once all are used.</summary>
    private sealed class NamePool
    {
        private readonly string[] _names;
        private int _next;

        public NamePool(Random rng)
        {
            _names = [.. Words.NamePrefixes.SelectMany(p => Words.NameSuffixes.Select(s => p + s))];
            Rand.Shuffle(rng, _names);
        }

        public string Next()
        {
            var round = _next / _names.Length;
            var name = _names[_next % _names.Length];
            _next++;
            return round == 0 ? name : string.Create(CultureInfo.InvariantCulture, $"{name} {round + 1}");
        }
    }
}

/// <summary>Slugs as KimPress makes them (ASCII input only, which is all the generator produces).</summary>
internal static class Slugs
{
    public static string Slugify(string text, int maxLength = 80)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString();
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = cut > 0 ? slug[..cut] : slug[..maxLength];
        }

        return slug.Length == 0 ? "tulisan" : slug.Trim('-');
    }
}
