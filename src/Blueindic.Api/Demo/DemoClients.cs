using Blueindic.Domain.Clients;

namespace Blueindic.Api.Demo;

/// <summary>
/// Realistic Spanish clients for the demo tenant (tax ids with valid check digits). Their emails are under
/// the reserved .example domain: the demo's reminders go out by themselves, and must reach no one even on a real relay.
/// </summary>
internal static class DemoClients
{
    public static readonly (ClientDetailsInput Input, PayerKind Payer)[] All =
    [
        (new("Panadería Muñoz", "Panadería Muñoz S.L.", "B64717838", "pedidos@panaderiamunoz.example", "+34 912 345 678",
            new AddressInput("Calle Mayor 12", "Madrid", "28013", "Madrid"), 30, true, "Pays by transfer on the 5th."), PayerKind.OnTime),
        (new("Talleres Ibáñez", "Talleres Ibáñez S.A.", "A58818501", "administracion@talleresibanez.example", "+34 934 567 890",
            new AddressInput("Carrer de Pujades 77", "Barcelona", "08005", "Barcelona"), 60), PayerKind.Late),
        (new("Asociación Vecinal La Fuensanta", null, "G46087433", "junta@lafuensanta.example", null,
            new AddressInput("Plaza de la Fuensanta 3", "Valencia", "46018", "Valencia"), 15), PayerKind.OnTime),
        (new("Lucía Fernández Gil", null, "12345678Z", "lucia.fernandez@correo.example", "612 345 678",
            new AddressInput("Avenida de la Constitución 20", "Sevilla", "41004", "Sevilla"), 0), PayerKind.OnTime),
        (new("Ayuntamiento de Ejemplo", null, "P2807900B", "intervencion@ayuntamiento.example", null,
            new AddressInput("Plaza Mayor 1", "Alcalá de Henares", "28801", "Madrid"), 30,
            // Fictional DIR3 codes in the real shape: L01 + the town's INE code for the town hall itself.
            Dir3: new Dir3Input("LA0002345", "L01280053", "LA0002346")), PayerKind.Slow),
        (new("Café Ñandú", "Hostelería Ñandú S.L.", "B99286320", "hola@cafenandu.example", "+34 954 111 222",
            new AddressInput("Calle Feria 45", "Sevilla", "41003", "Sevilla"), 30, true), PayerKind.Defaulter),
        (new("Müller Consulting GmbH", null, "DE123456788", "billing@mueller-consulting.example", "+49 30 1234567",
            new AddressInput("Friedrichstraße 100", "Berlin", "10117", null, "DE"), 30), PayerKind.OnTime),
        (new("Jorge Martínez (NIE)", null, "X1234567L", "jorge.martinez@correo.example", "699 888 777",
            new AddressInput("Calle San Vicente 8", "Bilbao", "48001", "Bizkaia"), 30), PayerKind.Late),
    ];
}
