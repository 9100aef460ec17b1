/** Account rules that are no single entity's job: password hashing and policy, credit codes. */
package org.anjian.account.control;
