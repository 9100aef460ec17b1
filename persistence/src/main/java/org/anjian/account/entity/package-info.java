/** Organisations, their accounts and the security audit trail. */
package org.anjian.account.entity;
