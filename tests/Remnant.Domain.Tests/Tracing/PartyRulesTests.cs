using Remnant.Domain.Parties;

namespace Remnant.Domain.Tests.Tracing;

public sealed class PartyRulesTests
{
    private static Party NewParty() => new() { Id = "party-1", Name = "" };

    public static TheoryData<PartyFields, string[]> Invalid => new()
    {
        { new PartyFields(null, "Acme"), ["kind"] },
        { new PartyFields(PartyKind.Company, " "), ["name"] },
        { new PartyFields(PartyKind.Company, "Acme", Country: "ZZ"), ["country"] },
        { new PartyFields(PartyKind.Company, "Acme", Identifiers: ["cage:12"]), ["identifiers[0]"] },
        { new PartyFields(PartyKind.Company, "Acme", Identifiers: ["", "no-colon"]), ["identifiers[1]"] },
        { new PartyFields(PartyKind.Company, "Acme", Roles: [PartyRoles.RecipientState]), ["roles"] },
        { new PartyFields(PartyKind.State, "Ruritania", Roles: [PartyRoles.Manufacturer | PartyRoles.Exporter]), ["roles"] },
        { new PartyFields(PartyKind.Company, "Acme", IsPrivateIndividual: true), ["isPrivateIndividual"] },
        { new PartyFields(PartyKind.Person, "J. Doe", Aliases: ["ok", "bad\u0007"]), ["aliases[1]"] },
        { new PartyFields((PartyKind)42, new string('x', 201)), ["kind", "name"] },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Apply_Invalid_NamesFieldsAndAppliesNothing(PartyFields fields, string[] expected)
    {
        var party = NewParty();
        var errors = Party.Apply(party, fields);
        Assert.Equal(expected, errors.Fields.Select(f => f.Key).Order(StringComparer.Ordinal));
        Assert.Equal("", party.Name);
        Assert.Equal("", party.SearchKey);
    }

    [Theory]
    [InlineData(PartyKind.Person, null, true)]
    [InlineData(PartyKind.Person, false, false)]
    [InlineData(PartyKind.Company, null, false)]
    [InlineData(PartyKind.State, false, false)]
    public void Apply_PrivateFlag_PersonsPrivateUnlessSaid(PartyKind kind, bool? given, bool expected)
    {
        var party = NewParty();
        Assert.True(Party.Apply(party, new PartyFields(kind, "Name", IsPrivateIndividual: given)).IsValid);
        Assert.Equal(expected, party.IsPrivateIndividual);
        Assert.Equal(!expected, party.MayBeNamedInPublic);
    }

    [Fact]
    public void Apply_AliasesInSeveralScripts_RepeatsByFoldKeyDropped()
    {
        var party = NewParty();
        var errors = Party.Apply(party, new PartyFields(PartyKind.Company, "Korea Mining Development Trading Corporation",
            "조선광업개발무역회사", ["KOMID", "комід", " ", "KOMID", "조선광업개발무역회사", "Ch'angkwang Sinyong Corporation"],
            " kp ", ["un:KPe.001", "cage:1abc2", "UN:KPe.001"], [PartyRoles.Exporter, PartyRoles.Exporter, PartyRoles.Broker]));
        Assert.True(errors.IsValid, errors.ToString());
        // "комід" folds to KOMIД, not KOMID: Д has no Latin twin, so it stays as a distinct spelling.
        Assert.Equal(["KOMID", "комід", "Ch'angkwang Sinyong Corporation"], party.Aliases);
        Assert.Equal(["un:KPe.001", "cage:1ABC2"], party.Identifiers);
        Assert.Equal("KP", party.Country);
        Assert.Equal([PartyRoles.Exporter, PartyRoles.Broker], party.RoleList);
        Assert.Contains("|KOMID|", party.SearchKey, StringComparison.Ordinal);
        Assert.Contains("1ABC2", party.SearchKey, StringComparison.Ordinal);
        Assert.Contains("조선광업개발무역회사", party.SearchKey, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cage:1ABC2", "cage:1ABC2")]
    [InlineData(" CAGE : 1abc2 ", "cage:1ABC2")]
    [InlineData("ncage:S1234", "ncage:S1234")]
    [InlineData("registration:GB 01234567", "registration:GB 01234567")]
    [InlineData("lei:5493001kjtiigc8y1r12", "lei:5493001KJTIIGC8Y1R12")]
    [InlineData("cage:1ABC", null)]
    [InlineData("lei:123", null)]
    [InlineData(":value", null)]
    [InlineData("scheme:", null)]
    [InlineData("9scheme:x", null)]
    [InlineData("sch eme:x", null)]
    [InlineData(null, null)]
    public void TryParse_Examples(string? text, string? expected)
    {
        var ok = PartyIdentifier.TryParse(text, out var identifier, out var reason);
        Assert.Equal(expected is not null, ok);
        if (ok) Assert.Equal(expected, identifier.ToString());
        else Assert.NotEmpty(reason);
    }

    [Fact]
    public void SearchKeyOf_FoldedQuery_NeverSpansTwoNames()
    {
        var key = Party.SearchKeyOf(["AB", "CD"]);
        Assert.Equal("AB|CD", key);
        Assert.DoesNotContain(Text.FoldKey.Fold("B-C"), key, StringComparison.Ordinal);
    }
}
