using Blueindic.Api.Verifactu;

namespace Blueindic.Api.Tests.Verifactu;

/// <summary>Reading the AEAT's answers that the fake AEAT does not give: faults and answers of another shape.</summary>
public sealed class AeatAnswerTests
{
    private const string Env = "http://schemas.xmlsoap.org/soap/envelope/";
    private const string SfR = "https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/RespuestaSuministro.xsd";
    private const string Sf = "https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/SuministroInformacion.xsd";

    [Fact]
    public void A_SOAP_fault_is_a_refusal_that_says_the_AEATs_reason() =>
        Should.Throw<AeatRefused>(() => AeatAnswer.Parse(
                $"""<env:Envelope xmlns:env="{Env}"><env:Body><env:Fault><faultcode>env:Client</faultcode><faultstring>Codigo[4102].El XML no cumple el esquema.</faultstring></env:Fault></env:Body></env:Envelope>"""))
            .Message.ShouldContain("Codigo[4102]");

    [Theory]
    [InlineData("<html>Service Unavailable</html>")]
    [InlineData("not xml at all")]
    public void Anything_else_than_the_AEATs_answer_is_a_refusal(string body) =>
        Should.Throw<AeatRefused>(() => AeatAnswer.Parse(body));

    [Fact]
    public void An_answer_is_read_line_by_line_with_the_wait_it_asks_for()
    {
        var answer = AeatAnswer.Parse($"""
            <env:Envelope xmlns:env="{Env}"><env:Body>
              <tikR:RespuestaRegFactuSistemaFacturacion xmlns:tikR="{SfR}" xmlns:tik="{Sf}">
                <tikR:Cabecera><tik:ObligadoEmision><tik:NombreRazon>X</tik:NombreRazon><tik:NIF>B64717838</tik:NIF></tik:ObligadoEmision></tikR:Cabecera>
                <tikR:TiempoEsperaEnvio>120</tikR:TiempoEsperaEnvio>
                <tikR:EstadoEnvio>ParcialmenteCorrecto</tikR:EstadoEnvio>
                <tikR:RespuestaLinea>
                  <tikR:IDFactura><tik:IDEmisorFactura>B64717838</tik:IDEmisorFactura><tik:NumSerieFactura>F-2026-0002</tik:NumSerieFactura><tik:FechaExpedicionFactura>15-06-2026</tik:FechaExpedicionFactura></tikR:IDFactura>
                  <tikR:Operacion><tik:TipoOperacion>Anulacion</tik:TipoOperacion></tikR:Operacion>
                  <tikR:EstadoRegistro>Incorrecto</tikR:EstadoRegistro>
                  <tikR:CodigoErrorRegistro>3002</tikR:CodigoErrorRegistro>
                  <tikR:DescripcionErrorRegistro>No existe el registro de facturación.</tikR:DescripcionErrorRegistro>
                </tikR:RespuestaLinea>
              </tikR:RespuestaRegFactuSistemaFacturacion>
            </env:Body></env:Envelope>
            """);
        answer.BatchStatus.ShouldBe("ParcialmenteCorrecto");
        answer.WaitSeconds.ShouldBe(120);
        answer.Csv.ShouldBeNull();
        answer.Lines.ShouldHaveSingleItem().ShouldBe(new AeatAnswer.Line("B64717838", "F-2026-0002", "15-06-2026", "Anulacion", "Incorrecto", 3002,
            "No existe el registro de facturación."));
    }
}
