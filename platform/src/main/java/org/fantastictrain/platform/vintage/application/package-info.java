/** Issuing forecast vintages from the champion; no framework here. */
package org.fantastictrain.platform.vintage.application;
