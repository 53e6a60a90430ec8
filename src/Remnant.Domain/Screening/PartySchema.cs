namespace Remnant.Domain.Screening;

/// <summary>What kind of party a listing names, in FollowTheMoney terms so yente clients understand it.</summary>
public enum PartySchema
{
    /// <summary>A natural person.</summary>
    Person,
    /// <summary>A body that is not (or not known to be) a registered company: a group, ministry, front.</summary>
    Organization,
    /// <summary>A registered company.</summary>
    Company,
    /// <summary>A ship, named by the list.</summary>
    Vessel,
    /// <summary>An aircraft, named by the list.</summary>
    Aircraft,
}

/// <summary>Parsing of schema names and the compatibility rule used by the matcher.</summary>
public static class PartySchemas
{
    /// <summary>Reads FollowTheMoney and list spellings: Person/individual, Organization/entity/enterprise,
    /// Company, LegalEntity, Vessel, Aircraft. False for anything else.</summary>
    public static bool TryParse(string? text, out PartySchema schema)
    {
        schema = default;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "person" or "individual" or "p": schema = PartySchema.Person; return true;
            case "organization" or "organisation" or "entity" or "enterprise" or "legalentity" or "e":
                schema = PartySchema.Organization; return true;
            case "company": schema = PartySchema.Company; return true;
            case "vessel": schema = PartySchema.Vessel; return true;
            case "aircraft" or "airplane": schema = PartySchema.Aircraft; return true;
            default: return false;
        }
    }

    /// <summary>True when a query of schema <paramref name="query"/> may name a party of schema
    /// <paramref name="listed"/>: companies and organisations are interchangeable (lists disagree on
    /// which a body is); a person never matches a company, nor a vessel an aircraft.</summary>
    public static bool Compatible(PartySchema query, PartySchema listed) =>
        query == listed || (IsBody(query) && IsBody(listed));

    private static bool IsBody(PartySchema s) => s is PartySchema.Organization or PartySchema.Company;
}
