using System.Text;

namespace SharpCharge.SchemaGen.Schemas;

/// <summary>How schema names become C# names.</summary>
internal static class NameRules
{
    // Members every record already has (or the generator adds); a property may not take these names.
    private static readonly HashSet<string> ReservedMemberNames = new(StringComparer.Ordinal)
    {
        "Clone", "Deconstruct", "EqualityContract", "Equals", "ExtensionData", "GetHashCode", "GetType",
        "MemberwiseClone", "PrintMembers", "ToString", "Validate", "ValidateObject",
    };

    /// <summary>
    /// PascalCase: split at every character that is not a letter or digit, upper-case the first letter of each
    /// part, keep the rest as written. <c>chargingStation</c> -> <c>ChargingStation</c>, <c>limit_L2</c> -> <c>LimitL2</c>,
    /// <c>Energy.Active.Import.Register</c> -> <c>EnergyActiveImportRegister</c>, <c>L1-N</c> -> <c>L1N</c>.
    /// </summary>
    public static string PascalCase(string name)
    {
        var result = new StringBuilder(name.Length);
        var startOfPart = true;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                startOfPart = true;
                continue;
            }

            result.Append(startOfPart ? char.ToUpperInvariant(c) : c);
            startOfPart = false;
        }

        return result.ToString();
    }

    /// <summary>
    /// The C# property for a schema property. A property may not share its type's name (CS0542), so such a
    /// property gets the suffix <c>Value</c>.
    /// </summary>
    public static string PropertyName(string jsonName, string ownerTypeName)
    {
        var name = PascalCase(jsonName);
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            throw new SchemaGenException($"Property '{jsonName}' of {ownerTypeName} has no usable C# name.");
        }

        if (ReservedMemberNames.Contains(name))
        {
            throw new SchemaGenException($"Property '{jsonName}' of {ownerTypeName} would be named {name}, which every generated record already uses.");
        }

        return name == ownerTypeName ? name + "Value" : name;
    }

    /// <summary>
    /// The C# member for an enumeration value: PascalCase, a leading digit gets the prefix <c>Value</c>, and a
    /// member may not share its enum's name (suffix <c>Value</c>).
    /// </summary>
    public static string EnumMemberName(string value, string enumName)
    {
        var name = PascalCase(value);
        if (name.Length == 0)
        {
            throw new SchemaGenException($"Value '{value}' of {enumName} has no letters or digits to name a member after.");
        }

        if (char.IsAsciiDigit(name[0]))
        {
            name = "Value" + name;
        }

        return name == enumName ? name + "Value" : name;
    }

    /// <summary>Member names for all values of an enum, in order; two values that map to one name fail generation.</summary>
    public static IReadOnlyList<string> EnumMemberNames(string enumName, IReadOnlyList<string> values)
    {
        var names = new List<string>(values.Count);
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var name = EnumMemberName(value, enumName);
            if (!byName.TryAdd(name, value))
            {
                throw new SchemaGenException($"{enumName} values '{byName[name]}' and '{value}' would both be named {name}.");
            }

            names.Add(name);
        }

        return names;
    }
}
