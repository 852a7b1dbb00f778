package dev.aicoder.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.architecture.imports.ModuleGraph;
import dev.aicoder.analysis.architecture.imports.ModuleParser;
import dev.aicoder.analysis.architecture.imports.ParsedModule;
import dev.aicoder.analysis.architecture.model.Dependency;
import dev.aicoder.analysis.architecture.model.ProjectModel;
import dev.aicoder.analysis.architecture.model.UnitKind;
import dev.aicoder.analysis.architecture.suggest.TemplateExplainer;
import dev.aicoder.source.Language;

/** Import extraction and resolution for Python, JavaScript/TypeScript, Go, C# and Kotlin. */
class ModuleGraphTest {

    private static ProjectModel model(Map<String, String> files) {
        ModuleParser parser = new ModuleParser();
        JavaProject p = new JavaProject();
        files.forEach(p::add);
        List<ParsedModule> modules = p.files().stream()
                .map(f -> parser.parse(f.path(), f.language(), p.read(f)).orElseThrow()).toList();
        ProjectModel.Builder b = ProjectModel.builder();
        ModuleGraph.addTo(modules, b);
        return b.build();
    }

    private static String edges(ProjectModel m) {
        return m.edges().stream().map(d -> d.from() + " -> " + d.to()).sorted().collect(Collectors.joining("\n"));
    }

    @Test
    void pythonAbsoluteRelativeAndFromImportsResolveToWorkspaceFiles() {
        ProjectModel m = model(Map.of(
                "src/shop/__init__.py", "",
                "src/shop/orders.py", "import os\nfrom shop.billing import invoice\nfrom . import util\n",
                "src/shop/billing/__init__.py", "from .tax import rate, region\n",
                "src/shop/billing/invoice.py", "from ..orders import Order\nimport shop.util as u\n",
                "src/shop/billing/tax.py", "from ..util import *\n",
                "src/shop/util.py", "import json\n"));
        assertThat(edges(m)).isEqualTo("""
                src/shop/billing/__init__.py -> src/shop/billing/tax.py
                src/shop/billing/invoice.py -> src/shop/orders.py
                src/shop/billing/invoice.py -> src/shop/util.py
                src/shop/billing/tax.py -> src/shop/util.py
                src/shop/orders.py -> src/shop/billing/invoice.py
                src/shop/orders.py -> src/shop/util.py""");
        assertThat(m.unit("src/shop/orders.py").orElseThrow().container()).isEqualTo("src/shop");
        Dependency d = m.dependencies("src/shop/orders.py").get("src/shop/billing/invoice.py");
        assertThat(d.line()).isEqualTo(2);
    }

    @Test
    void scriptRelativeSpecifiersResolveWithExtensionsAndIndexFiles() {
        ProjectModel m = model(Map.of(
                "web/app.ts", "import express from 'express';\nimport { routes } from './routes';\n"
                        + "export * from './types.js';\nconst cfg = require('../config/index.js');\n",
                "web/routes/index.ts", "import { Order } from '../types';\nconst l = await import('./lazy');\n",
                "web/routes/lazy.js", "module.exports = {};\n",
                "web/types.ts", "export interface Order { id: string }\n",
                "config/index.js", "module.exports = { port: 8080 };\n"));
        assertThat(edges(m)).isEqualTo("""
                web/app.ts -> config/index.js
                web/app.ts -> web/routes/index.ts
                web/app.ts -> web/types.ts
                web/routes/index.ts -> web/routes/lazy.js
                web/routes/index.ts -> web/types.ts""");
    }

    @Test
    void goImportsResolveToPackageFoldersAndSkipTheStandardLibrary() {
        ProjectModel m = model(Map.of(
                "cmd/server/main.go", "package main\nimport (\n\t\"fmt\"\n\t\"github.com/acme/shop/internal/store\"\n)\n",
                "internal/store/store.go", "package store\nimport \"github.com/acme/shop/internal/model\"\n",
                "internal/store/cache.go", "package store\nimport \"os\"\n",
                "internal/model/order.go", "package model\n"));
        assertThat(edges(m)).isEqualTo("""
                cmd/server -> internal/store
                internal/store -> internal/model""");
        assertThat(m.unit("internal/store").orElseThrow().name()).isEqualTo("store");
    }

    @Test
    void csharpAndKotlinResolveTypesThroughNamespacesAndImports() {
        ProjectModel m = model(Map.of(
                "Web/OrderController.cs", "using Shop.Core;\nnamespace Shop.Web;\n"
                        + "public class OrderController { private IOrderRepository repo; Helper h; }\n",
                "Web/Helper.cs", "namespace Shop.Web { class Helper {} }\n",
                "Core/IOrderRepository.cs", "namespace Shop.Core { public interface IOrderRepository {} }\n",
                "Core/Unused.cs", "namespace Shop.Core { public class Unused {} }\n",
                "app/Main.kt", "package shop.app\nimport shop.core.Order\nimport shop.util.*\n"
                        + "class Main { val o: Order? = null; val f = Format() }\n",
                "core/Order.kt", "package shop.core\nclass Order\n",
                "util/Format.kt", "package shop.util\nclass Format\ninterface Unrelated\n"));
        assertThat(edges(m)).isEqualTo("""
                Web/OrderController.cs -> Core/IOrderRepository.cs
                Web/OrderController.cs -> Web/Helper.cs
                app/Main.kt -> core/Order.kt
                app/Main.kt -> util/Format.kt""");
        assertThat(m.unit("Core/IOrderRepository.cs").orElseThrow().kind()).isEqualTo(UnitKind.ABSTRACT_MODULE);
        assertThat(m.unit("Web/Helper.cs").orElseThrow().container()).isEqualTo("Shop.Web");
        assertThat(m.unit("app/Main.kt").orElseThrow().container()).isEqualTo("shop.app");
    }

    @Test
    void theAnalyzerReportsAPythonPackageCycleWithItsShortestCycle() throws Exception {
        JavaProject p = new JavaProject()
                .add("shop/orders/service.py", "from shop.billing.invoice import make_invoice\n")
                .add("shop/billing/invoice.py", "from shop.orders.model import Order\n")
                .add("shop/orders/model.py", "class Order: pass\n")
                .add("shop/orders/test_service.py", "from shop.orders.service import x\n");
        List<Finding> findings = new ArchitectureAnalyzer(1, new TemplateExplainer()).analyze(p, p);
        ArchitectureReport report = p.report();
        assertThat(report.summary().languages()).containsKey("python");
        assertThat(report.packageCycles()).hasSize(1);
        assertThat(report.packageCycles().get(0).members()).containsExactlyInAnyOrder("shop/billing",
                "shop/orders");
        assertThat(findings).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("architecture.package-cycle"));
        assertThat(report.units().nodes()).noneSatisfy(n -> assertThat(n.id()).contains("test_"));
        assertThat(report.renderings().mermaid()).contains("shop/billing");
    }

    @Test
    void unsupportedOrBrokenInputYieldsNoModule() {
        assertThat(new ModuleParser().parse("a.rb", Language.RUBY, "require 'x'")).isEmpty();
    }
}
