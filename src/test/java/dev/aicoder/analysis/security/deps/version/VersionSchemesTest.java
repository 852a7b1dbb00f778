package dev.aicoder.analysis.security.deps.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.aicoder.analysis.security.deps.Ecosystem;

/** Ordering and constraint edge cases of every ecosystem, each row checked against the ecosystem's documentation. */
class VersionSchemesTest {

    /** ecosystem, a, b, expected sign of compare(a, b). */
    @ParameterizedTest(name = "{0}: {1} vs {2}")
    @CsvSource({
            // Maven ComparableVersion: qualifiers, trailing zeros, milestone < rc < snapshot < final < sp
            "MAVEN, 1.0, 1.0.0, 0", "MAVEN, 1.0-alpha-1, 1.0-beta-1, -1", "MAVEN, 1.0-RC1, 1.0-SNAPSHOT, -1",
            "MAVEN, 1.0-SNAPSHOT, 1.0, -1", "MAVEN, 1.0, 1.0-sp1, -1", "MAVEN, 2.13.4.2, 2.13.4, 1",
            "MAVEN, 1.0.Final, 1.0, 0", "MAVEN, 5.3.39, 5.3.4, 1", "MAVEN, 1.0-m1, 1.0-rc1, -1",
            // npm semver: pre-releases below the release, numeric identifiers numerically, build ignored
            "NPM, 1.0.0-alpha, 1.0.0, -1", "NPM, 1.0.0-alpha.2, 1.0.0-alpha.10, -1", "NPM, 1.0.0-beta, 1.0.0-alpha.1, 1",
            "NPM, 1.0.0-rc.1, 1.0.0-rc.1+build.5, 0", "NPM, 4.17.21, 4.17.3, 1", "NPM, v2.0.0, 2.0.0, 0",
            // PEP 440: dev < a < b < rc < final < post, epochs, local labels, normalisation
            "PYPI, 1.0.dev1, 1.0a1, -1", "PYPI, 1.0a1, 1.0b1, -1", "PYPI, 1.0rc1, 1.0, -1", "PYPI, 1.0, 1.0.post1, -1",
            "PYPI, 1.0-1, 1.0.post1, 0", "PYPI, 1.0alpha1, 1.0a1, 0", "PYPI, 1!0.5, 2.0, 1", "PYPI, 1.0, 1.0.0, 0",
            "PYPI, 1.0+local.1, 1.0, 1", "PYPI, 1.0.post1.dev1, 1.0.post1, -1", "PYPI, 1.0a1.dev1, 1.0a1, -1",
            "PYPI, 1.0c1, 1.0rc1, 0", "PYPI, 2.31.0, 2.4.0, 1",
            // Go: leading v, pseudo-versions are pre-releases of the next patch, +incompatible ignored
            "GO, v1.2.3, 1.2.3, 0", "GO, v0.0.0-20210101000000-abcdef123456, v0.0.1, -1",
            "GO, v2.0.0+incompatible, v2.0.0, 0", "GO, v1.10.0, v1.9.9, 1",
            // Cargo: SemVer 2.0
            "CARGO, 0.10.0, 0.9.9, 1", "CARGO, 1.0.0-alpha.1, 1.0.0, -1",
            // RubyGems: letters make pre-releases, trailing zeros and the zero before a letter do not count
            "RUBYGEMS, 1.0.0.a1, 1.0.0, -1", "RUBYGEMS, 1.0, 1, 0", "RUBYGEMS, 1.0.a, 1.a, 0",
            "RUBYGEMS, 1.0.0-rc1, 1.0.0, -1", "RUBYGEMS, 1.0.b1, 1.0.a2, 1", "RUBYGEMS, 1.10, 1.9, 1",
            "RUBYGEMS, 6.1.7.10, 6.1.7.9, 1",
            // Composer: dev < alpha < beta < RC < stable < patch, four parts, leading v
            "PACKAGIST, 1.0.0-dev, 1.0.0-alpha1, -1", "PACKAGIST, 1.0.0-beta2, 1.0.0-RC1, -1",
            "PACKAGIST, 1.0.0-RC1, 1.0.0, -1", "PACKAGIST, 1.0.0, 1.0.0-patch1, -1", "PACKAGIST, v2.1, 2.1.0.0, 0",
            "PACKAGIST, 5.4.10, 5.4.9, 1" })
    void ordering(Ecosystem ecosystem, String a, String b, int sign) {
        VersionScheme scheme = VersionSchemes.of(ecosystem);
        assertThat(Integer.signum(scheme.compare(a, b))).isEqualTo(sign);
        assertThat(Integer.signum(scheme.compare(b, a))).isEqualTo(-sign);
    }

    /** ecosystem, version, constraint (| for commas inside a cell is not needed: CSV quotes), expected. */
    @ParameterizedTest(name = "{0}: {1} in {2}")
    @CsvSource(delimiter = ';', value = {
            "MAVEN; 1.5; [1.0,2.0); true", "MAVEN; 2.0; [1.0,2.0); false", "MAVEN; 1.0; (1.0,2.0]; false",
            "MAVEN; 0.9; (,1.0]; true", "MAVEN; 2.1; [1.0,2.0),[2.1,); true", "MAVEN; 1.0; 1.0; true",
            "NPM; 1.2.3; ^1.2.0; true", "NPM; 2.0.0; ^1.2.0; false", "NPM; 0.2.5; ^0.2.3; true",
            "NPM; 0.3.0; ^0.2.3; false", "NPM; 1.2.9; ~1.2.3; true", "NPM; 1.3.0; ~1.2.3; false",
            "NPM; 3.1.0; ^1.0.0 || >=3.0.0; true", "NPM; 1.5.0; 1.0.0 - 2.0.0; true",
            "NPM; 1.3.0-beta.1; ^1.2.0; false", "NPM; 1.2.3-beta.2; >1.2.3-beta.1; true", "NPM; 1.9.0; 1.x; true",
            "CARGO; 1.4.0; 1.2; true", "CARGO; 2.0.0; 1.2; false", "CARGO; 0.4.9; 0.4; true",
            "CARGO; 0.5.0; 0.4; false", "CARGO; 1.3.0; '>=1.2, <1.5'; true", "CARGO; 1.5.0; '>=1.2, <1.5'; false",
            "CARGO; 1.2.3; =1.2.3; true",
            "PYPI; 1.5; '>=1.0,<2.0'; true", "PYPI; 1.5.1; '>=1.0,!=1.5.*'; false", "PYPI; 2.2.5; ~=2.2.1; true",
            "PYPI; 2.3.0; ~=2.2.1; false", "PYPI; 2.9; ~=2.2; true", "PYPI; 3.0; ~=2.2; false",
            "PYPI; 2.0rc1; <2.0; false", "PYPI; 1.9; <2.0; true", "PYPI; 2.0.post1; >2.0; false",
            "PYPI; 2.0.1; >2.0; true", "PYPI; 1.1.0rc1; ==1.1.*; true", "PYPI; 1.0+cpu; ==1.0; true",
            "PYPI; 1.0; ===1.0; true", "PYPI; 1.0.0; ===1.0; false",
            "RUBYGEMS; 2.3.9; ~> 2.3; true", "RUBYGEMS; 3.0; ~> 2.3; false", "RUBYGEMS; 2.3.5; ~> 2.3.1; true",
            "RUBYGEMS; 2.4.0; ~> 2.3.1; false", "RUBYGEMS; 2.3.5; '~> 2.3, >= 2.3.4'; true",
            "RUBYGEMS; 1.0.0.rc1; < 1.0.0; true", "RUBYGEMS; 3.0.pre; ~> 2.3; false",
            "PACKAGIST; 1.9.9; ^1.2.3; true", "PACKAGIST; 2.0.0; ^1.2.3; false", "PACKAGIST; 0.3.9; ^0.3; true",
            "PACKAGIST; 0.4.0; ^0.3; false", "PACKAGIST; 1.9; ~1.2; true", "PACKAGIST; 2.0; ~1.2; false",
            "PACKAGIST; 1.2.9; ~1.2.3; true", "PACKAGIST; 1.3.0; ~1.2.3; false", "PACKAGIST; 2.5.1; 2.5.*; true",
            "PACKAGIST; 2.0.0-beta1; <2.0; true", "PACKAGIST; 1.5.0; '>=1.0 <1.6 || ^3.0'; true",
            "PACKAGIST; 3.2.0; '>=1.0 <1.6 || ^3.0'; true", "PACKAGIST; 2.0.5; 1.0 - 2.0; true",
            "PACKAGIST; 2.1.0; 1.0 - 2.0; false" })
    void constraints(Ecosystem ecosystem, String version, String constraint, boolean expected) {
        assertThat(VersionSchemes.of(ecosystem).satisfies(version, constraint)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ "PYPI, not a version", "NPM, latest", "GO, master", "RUBYGEMS, 1..2", "PACKAGIST, dev-main",
            "CARGO, 1.2" })
    void invalidVersionsAreRecognised(Ecosystem ecosystem, String version) {
        VersionScheme scheme = VersionSchemes.of(ecosystem);
        assertThat(scheme.isValid(version)).isFalse();
        assertThatThrownBy(() -> scheme.compare(version, "1.0.0")).isInstanceOf(IllegalArgumentException.class);
    }
}
