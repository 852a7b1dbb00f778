// sast: vulnerable cwe=78
import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.sql.*;
import java.util.*;
import javax.naming.directory.*;
import javax.servlet.http.*;
import javax.xml.parsers.*;
import javax.xml.xpath.*;
import org.owasp.esapi.ESAPI;
import org.owasp.encoder.Encode;
import org.xml.sax.InputSource;
import javax.ws.rs.*;

@Path("/items")
public class CmdiVJaxrs {
    @GET
    public String find(@QueryParam("name") String bar) throws Exception {
        Runtime.getRuntime().exec("sh -c echo " + bar);
        return "ok";
    }
}
