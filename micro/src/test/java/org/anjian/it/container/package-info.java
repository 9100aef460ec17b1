/** Tests that run inside Payara Micro, calling EJBs and the data source directly. */
package org.anjian.it.container;
