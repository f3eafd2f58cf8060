// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// BlacklistSharesMetaData contains all meta data concerning the BlacklistShares contract.
var BlacklistSharesMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"AddedBlackList\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"DestroyedBlackFunds\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"RemovedBlackList\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"addBlackList\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"destroyBlackFunds\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isBlackListed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"issue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"removeBlackList\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "BlacklistShares",
	Bin: "0x608060405234801561000f575f5ffd5b50604051610e1d380380610e1d83398101604081905261002e91610121565b806040518060400160405280601081526020016f426c61636b6c6973742053686172657360801b81525060405180604001604052806003815260200162424c5360e81b815250816003908161008391906101f1565b50600461009082826101f1565b5050506001600160a01b0381166100c057604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b6100c9816100d0565b50506102af565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f60208284031215610131575f5ffd5b81516001600160a01b0381168114610147575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061017657607f821691505b60208210810361019457634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156101ec57828211156101ec57805f5260205f20601f840160051c60208510156101c557505f5b90810190601f840160051c035f5b818110156101e8575f838201556001016101d3565b5050505b505050565b81516001600160401b0381111561020a5761020a61014e565b61021e816102188454610162565b8461019a565b6020601f821160018114610250575f83156102395750848201515b5f19600385901b1c1916600184901b1784556102a8565b5f84815260208120601f198516915b8281101561027f578785015182556020948501946001909201910161025f565b508482101561029c57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b610b61806102bc5f395ff3fe608060405234801561000f575f5ffd5b5060043610610106575f3560e01c80638da5cb5b1161009e578063dd62ed3e1161006e578063dd62ed3e1461020d578063e47d606014610245578063e4997dc514610267578063f2fde38b1461027a578063f3bdc2281461028d575f5ffd5b80638da5cb5b146101c457806395d89b41146101df578063a9059cbb146101e7578063cc872b66146101fa575f5ffd5b806323b872dd116100d957806323b872dd14610172578063313ce5671461018557806370a0823114610194578063715018a6146101bc575f5ffd5b806306fdde031461010a578063095ea7b3146101285780630ecb93c01461014b57806318160ddd14610160575b5f5ffd5b6101126102a0565b60405161011f91906109ba565b60405180910390f35b61013b610136366004610a0a565b610330565b604051901515815260200161011f565b61015e610159366004610a32565b610349565b005b6002545b60405190815260200161011f565b61013b610180366004610a52565b61039c565b6040516012815260200161011f565b6101646101a2366004610a32565b6001600160a01b03165f9081526020819052604090205490565b61015e6103bf565b6005546040516001600160a01b03909116815260200161011f565b6101126103d2565b61013b6101f5366004610a0a565b6103e1565b61015e610208366004610a8c565b6103ee565b61016461021b366004610aa3565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b61013b610253366004610a32565b60066020525f908152604090205460ff1681565b61015e610275366004610a32565b610414565b61015e610288366004610a32565b610464565b61015e61029b366004610a32565b6104a3565b6060600380546102af90610ad4565b80601f01602080910402602001604051908101604052809291908181526020018280546102db90610ad4565b80156103265780601f106102fd57610100808354040283529160200191610326565b820191905f5260205f20905b81548152906001019060200180831161030957829003601f168201915b5050505050905090565b5f3361033d81858561056d565b60019150505b92915050565b61035161057f565b6001600160a01b0381165f81815260066020526040808220805460ff19166001179055517f42e160154868087d6bfdc0ca23d96a1c1cfa32f1b72ba9ba27b69b98a0d819dc9190a250565b5f336103a98582856105ac565b6103b4858585610628565b506001949350505050565b6103c761057f565b6103d05f610685565b565b6060600480546102af90610ad4565b5f3361033d818585610628565b6103f661057f565b61041161040b6005546001600160a01b031690565b826106d6565b50565b61041c61057f565b6001600160a01b0381165f81815260066020526040808220805460ff19169055517fd7e9ec6e6ecd65492dce6bf513cd6867560d49544421d0783ddf06e76c24470c9190a250565b61046c61057f565b6001600160a01b03811661049a57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61041181610685565b6104ab61057f565b6001600160a01b0381165f9081526006602052604090205460ff166105045760405162461bcd60e51b815260206004820152600f60248201526e1b9bdd08189b1858dadb1a5cdd1959608a1b6044820152606401610491565b6001600160a01b0381165f90815260208190526040902054610526828261070e565b816001600160a01b03167f61e6e66b0d6339b2980aecc6ccc0039736791f0ccde9ed512e789a7fbdd698c68260405161056191815260200190565b60405180910390a25050565b61057a8383836001610742565b505050565b6005546001600160a01b031633146103d05760405163118cdaa760e01b8152336004820152602401610491565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610622578181101561061457604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610491565b61062284848484035f610742565b50505050565b6001600160a01b03831661065157604051634b637e8f60e11b81525f6004820152602401610491565b6001600160a01b03821661067a5760405163ec442f0560e01b81525f6004820152602401610491565b61057a838383610814565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0382166106ff5760405163ec442f0560e01b81525f6004820152602401610491565b61070a5f8383610814565b5050565b6001600160a01b03821661073757604051634b637e8f60e11b81525f6004820152602401610491565b61070a825f83610814565b6001600160a01b03841661076b5760405163e602df0560e01b81525f6004820152602401610491565b6001600160a01b03831661079457604051634a1406b160e11b81525f6004820152602401610491565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561062257826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161080691815260200190565b60405180910390a350505050565b6001600160a01b038316158061083157506001600160a01b038216155b8061085457506001600160a01b0383165f9081526006602052604090205460ff16155b61088e5760405162461bcd60e51b815260206004820152600b60248201526a189b1858dadb1a5cdd195960aa1b6044820152606401610491565b61057a8383836001600160a01b0383166108be578060025f8282546108b39190610b0c565b9091555061092e9050565b6001600160a01b0383165f90815260208190526040902054818110156109105760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610491565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661094a57600280548290039055610968565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516109ad91815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610a05575f5ffd5b919050565b5f5f60408385031215610a1b575f5ffd5b610a24836109ef565b946020939093013593505050565b5f60208284031215610a42575f5ffd5b610a4b826109ef565b9392505050565b5f5f5f60608486031215610a64575f5ffd5b610a6d846109ef565b9250610a7b602085016109ef565b929592945050506040919091013590565b5f60208284031215610a9c575f5ffd5b5035919050565b5f5f60408385031215610ab4575f5ffd5b610abd836109ef565b9150610acb602084016109ef565b90509250929050565b600181811c90821680610ae857607f821691505b602082108103610b0657634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561034357634e487b7160e01b5f52601160045260245ffdfea2646970667358221220a977456d3fb368dee5f22de13ed5f51ce25ab66b48b0486e2af12960c9bcab7f64736f6c63430008250033",
}

// BlacklistShares is an auto generated Go binding around an Ethereum contract.
type BlacklistShares struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BlacklistShares) GetABI() abi.ABI {
	return c.abi
}

// NewBlacklistShares creates a new instance of BlacklistShares.
func NewBlacklistShares() *BlacklistShares {
	parsed, err := BlacklistSharesMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BlacklistShares{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BlacklistShares) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner) returns()
func (blacklistShares *BlacklistShares) PackConstructor(initialOwner common.Address) []byte {
	enc, err := blacklistShares.abi.Pack("", initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAddBlackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ecb93c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addBlackList(address user) returns()
func (blacklistShares *BlacklistShares) PackAddBlackList(user common.Address) []byte {
	enc, err := blacklistShares.abi.Pack("addBlackList", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddBlackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ecb93c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addBlackList(address user) returns()
func (blacklistShares *BlacklistShares) TryPackAddBlackList(user common.Address) ([]byte, error) {
	return blacklistShares.abi.Pack("addBlackList", user)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (blacklistShares *BlacklistShares) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := blacklistShares.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (blacklistShares *BlacklistShares) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return blacklistShares.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (blacklistShares *BlacklistShares) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := blacklistShares.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (blacklistShares *BlacklistShares) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := blacklistShares.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (blacklistShares *BlacklistShares) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return blacklistShares.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (blacklistShares *BlacklistShares) UnpackApprove(data []byte) (bool, error) {
	out, err := blacklistShares.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (blacklistShares *BlacklistShares) PackBalanceOf(account common.Address) []byte {
	enc, err := blacklistShares.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (blacklistShares *BlacklistShares) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return blacklistShares.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (blacklistShares *BlacklistShares) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := blacklistShares.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (blacklistShares *BlacklistShares) PackDecimals() []byte {
	enc, err := blacklistShares.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (blacklistShares *BlacklistShares) TryPackDecimals() ([]byte, error) {
	return blacklistShares.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (blacklistShares *BlacklistShares) UnpackDecimals(data []byte) (uint8, error) {
	out, err := blacklistShares.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDestroyBlackFunds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3bdc228.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function destroyBlackFunds(address user) returns()
func (blacklistShares *BlacklistShares) PackDestroyBlackFunds(user common.Address) []byte {
	enc, err := blacklistShares.abi.Pack("destroyBlackFunds", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDestroyBlackFunds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3bdc228.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function destroyBlackFunds(address user) returns()
func (blacklistShares *BlacklistShares) TryPackDestroyBlackFunds(user common.Address) ([]byte, error) {
	return blacklistShares.abi.Pack("destroyBlackFunds", user)
}

// PackIsBlackListed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe47d6060.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isBlackListed(address ) view returns(bool)
func (blacklistShares *BlacklistShares) PackIsBlackListed(arg0 common.Address) []byte {
	enc, err := blacklistShares.abi.Pack("isBlackListed", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsBlackListed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe47d6060.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isBlackListed(address ) view returns(bool)
func (blacklistShares *BlacklistShares) TryPackIsBlackListed(arg0 common.Address) ([]byte, error) {
	return blacklistShares.abi.Pack("isBlackListed", arg0)
}

// UnpackIsBlackListed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe47d6060.
//
// Solidity: function isBlackListed(address ) view returns(bool)
func (blacklistShares *BlacklistShares) UnpackIsBlackListed(data []byte) (bool, error) {
	out, err := blacklistShares.abi.Unpack("isBlackListed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIssue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc872b66.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function issue(uint256 amount) returns()
func (blacklistShares *BlacklistShares) PackIssue(amount *big.Int) []byte {
	enc, err := blacklistShares.abi.Pack("issue", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIssue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc872b66.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function issue(uint256 amount) returns()
func (blacklistShares *BlacklistShares) TryPackIssue(amount *big.Int) ([]byte, error) {
	return blacklistShares.abi.Pack("issue", amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (blacklistShares *BlacklistShares) PackName() []byte {
	enc, err := blacklistShares.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (blacklistShares *BlacklistShares) TryPackName() ([]byte, error) {
	return blacklistShares.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (blacklistShares *BlacklistShares) UnpackName(data []byte) (string, error) {
	out, err := blacklistShares.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (blacklistShares *BlacklistShares) PackOwner() []byte {
	enc, err := blacklistShares.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (blacklistShares *BlacklistShares) TryPackOwner() ([]byte, error) {
	return blacklistShares.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (blacklistShares *BlacklistShares) UnpackOwner(data []byte) (common.Address, error) {
	out, err := blacklistShares.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRemoveBlackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4997dc5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeBlackList(address user) returns()
func (blacklistShares *BlacklistShares) PackRemoveBlackList(user common.Address) []byte {
	enc, err := blacklistShares.abi.Pack("removeBlackList", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveBlackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4997dc5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeBlackList(address user) returns()
func (blacklistShares *BlacklistShares) TryPackRemoveBlackList(user common.Address) ([]byte, error) {
	return blacklistShares.abi.Pack("removeBlackList", user)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (blacklistShares *BlacklistShares) PackRenounceOwnership() []byte {
	enc, err := blacklistShares.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (blacklistShares *BlacklistShares) TryPackRenounceOwnership() ([]byte, error) {
	return blacklistShares.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (blacklistShares *BlacklistShares) PackSymbol() []byte {
	enc, err := blacklistShares.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (blacklistShares *BlacklistShares) TryPackSymbol() ([]byte, error) {
	return blacklistShares.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (blacklistShares *BlacklistShares) UnpackSymbol(data []byte) (string, error) {
	out, err := blacklistShares.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (blacklistShares *BlacklistShares) PackTotalSupply() []byte {
	enc, err := blacklistShares.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (blacklistShares *BlacklistShares) TryPackTotalSupply() ([]byte, error) {
	return blacklistShares.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (blacklistShares *BlacklistShares) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := blacklistShares.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (blacklistShares *BlacklistShares) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := blacklistShares.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (blacklistShares *BlacklistShares) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return blacklistShares.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (blacklistShares *BlacklistShares) UnpackTransfer(data []byte) (bool, error) {
	out, err := blacklistShares.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (blacklistShares *BlacklistShares) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := blacklistShares.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (blacklistShares *BlacklistShares) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return blacklistShares.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (blacklistShares *BlacklistShares) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := blacklistShares.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (blacklistShares *BlacklistShares) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := blacklistShares.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (blacklistShares *BlacklistShares) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return blacklistShares.abi.Pack("transferOwnership", newOwner)
}

// BlacklistSharesAddedBlackList represents a AddedBlackList event raised by the BlacklistShares contract.
type BlacklistSharesAddedBlackList struct {
	User common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const BlacklistSharesAddedBlackListEventName = "AddedBlackList"

// ContractEventName returns the user-defined event name.
func (BlacklistSharesAddedBlackList) ContractEventName() string {
	return BlacklistSharesAddedBlackListEventName
}

// UnpackAddedBlackListEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddedBlackList(address indexed user)
func (blacklistShares *BlacklistShares) UnpackAddedBlackListEvent(log *types.Log) (*BlacklistSharesAddedBlackList, error) {
	event := "AddedBlackList"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blacklistShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlacklistSharesAddedBlackList)
	if len(log.Data) > 0 {
		if err := blacklistShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blacklistShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BlacklistSharesApproval represents a Approval event raised by the BlacklistShares contract.
type BlacklistSharesApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BlacklistSharesApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (BlacklistSharesApproval) ContractEventName() string {
	return BlacklistSharesApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (blacklistShares *BlacklistShares) UnpackApprovalEvent(log *types.Log) (*BlacklistSharesApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blacklistShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlacklistSharesApproval)
	if len(log.Data) > 0 {
		if err := blacklistShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blacklistShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BlacklistSharesDestroyedBlackFunds represents a DestroyedBlackFunds event raised by the BlacklistShares contract.
type BlacklistSharesDestroyedBlackFunds struct {
	User    common.Address
	Balance *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BlacklistSharesDestroyedBlackFundsEventName = "DestroyedBlackFunds"

// ContractEventName returns the user-defined event name.
func (BlacklistSharesDestroyedBlackFunds) ContractEventName() string {
	return BlacklistSharesDestroyedBlackFundsEventName
}

// UnpackDestroyedBlackFundsEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DestroyedBlackFunds(address indexed user, uint256 balance)
func (blacklistShares *BlacklistShares) UnpackDestroyedBlackFundsEvent(log *types.Log) (*BlacklistSharesDestroyedBlackFunds, error) {
	event := "DestroyedBlackFunds"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blacklistShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlacklistSharesDestroyedBlackFunds)
	if len(log.Data) > 0 {
		if err := blacklistShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blacklistShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BlacklistSharesOwnershipTransferred represents a OwnershipTransferred event raised by the BlacklistShares contract.
type BlacklistSharesOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const BlacklistSharesOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (BlacklistSharesOwnershipTransferred) ContractEventName() string {
	return BlacklistSharesOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (blacklistShares *BlacklistShares) UnpackOwnershipTransferredEvent(log *types.Log) (*BlacklistSharesOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blacklistShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlacklistSharesOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := blacklistShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blacklistShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BlacklistSharesRemovedBlackList represents a RemovedBlackList event raised by the BlacklistShares contract.
type BlacklistSharesRemovedBlackList struct {
	User common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const BlacklistSharesRemovedBlackListEventName = "RemovedBlackList"

// ContractEventName returns the user-defined event name.
func (BlacklistSharesRemovedBlackList) ContractEventName() string {
	return BlacklistSharesRemovedBlackListEventName
}

// UnpackRemovedBlackListEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RemovedBlackList(address indexed user)
func (blacklistShares *BlacklistShares) UnpackRemovedBlackListEvent(log *types.Log) (*BlacklistSharesRemovedBlackList, error) {
	event := "RemovedBlackList"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blacklistShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlacklistSharesRemovedBlackList)
	if len(log.Data) > 0 {
		if err := blacklistShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blacklistShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BlacklistSharesTransfer represents a Transfer event raised by the BlacklistShares contract.
type BlacklistSharesTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const BlacklistSharesTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (BlacklistSharesTransfer) ContractEventName() string {
	return BlacklistSharesTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (blacklistShares *BlacklistShares) UnpackTransferEvent(log *types.Log) (*BlacklistSharesTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blacklistShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlacklistSharesTransfer)
	if len(log.Data) > 0 {
		if err := blacklistShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blacklistShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (blacklistShares *BlacklistShares) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], blacklistShares.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return blacklistShares.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], blacklistShares.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return blacklistShares.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], blacklistShares.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return blacklistShares.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], blacklistShares.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return blacklistShares.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], blacklistShares.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return blacklistShares.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], blacklistShares.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return blacklistShares.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], blacklistShares.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return blacklistShares.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], blacklistShares.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return blacklistShares.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BlacklistSharesERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the BlacklistShares contract.
type BlacklistSharesERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func BlacklistSharesERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (blacklistShares *BlacklistShares) UnpackERC20InsufficientAllowanceError(raw []byte) (*BlacklistSharesERC20InsufficientAllowance, error) {
	out := new(BlacklistSharesERC20InsufficientAllowance)
	if err := blacklistShares.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlacklistSharesERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the BlacklistShares contract.
type BlacklistSharesERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func BlacklistSharesERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (blacklistShares *BlacklistShares) UnpackERC20InsufficientBalanceError(raw []byte) (*BlacklistSharesERC20InsufficientBalance, error) {
	out := new(BlacklistSharesERC20InsufficientBalance)
	if err := blacklistShares.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlacklistSharesERC20InvalidApprover represents a ERC20InvalidApprover error raised by the BlacklistShares contract.
type BlacklistSharesERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func BlacklistSharesERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (blacklistShares *BlacklistShares) UnpackERC20InvalidApproverError(raw []byte) (*BlacklistSharesERC20InvalidApprover, error) {
	out := new(BlacklistSharesERC20InvalidApprover)
	if err := blacklistShares.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlacklistSharesERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the BlacklistShares contract.
type BlacklistSharesERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func BlacklistSharesERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (blacklistShares *BlacklistShares) UnpackERC20InvalidReceiverError(raw []byte) (*BlacklistSharesERC20InvalidReceiver, error) {
	out := new(BlacklistSharesERC20InvalidReceiver)
	if err := blacklistShares.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlacklistSharesERC20InvalidSender represents a ERC20InvalidSender error raised by the BlacklistShares contract.
type BlacklistSharesERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func BlacklistSharesERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (blacklistShares *BlacklistShares) UnpackERC20InvalidSenderError(raw []byte) (*BlacklistSharesERC20InvalidSender, error) {
	out := new(BlacklistSharesERC20InvalidSender)
	if err := blacklistShares.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlacklistSharesERC20InvalidSpender represents a ERC20InvalidSpender error raised by the BlacklistShares contract.
type BlacklistSharesERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func BlacklistSharesERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (blacklistShares *BlacklistShares) UnpackERC20InvalidSpenderError(raw []byte) (*BlacklistSharesERC20InvalidSpender, error) {
	out := new(BlacklistSharesERC20InvalidSpender)
	if err := blacklistShares.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlacklistSharesOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the BlacklistShares contract.
type BlacklistSharesOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func BlacklistSharesOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (blacklistShares *BlacklistShares) UnpackOwnableInvalidOwnerError(raw []byte) (*BlacklistSharesOwnableInvalidOwner, error) {
	out := new(BlacklistSharesOwnableInvalidOwner)
	if err := blacklistShares.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlacklistSharesOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the BlacklistShares contract.
type BlacklistSharesOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func BlacklistSharesOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (blacklistShares *BlacklistShares) UnpackOwnableUnauthorizedAccountError(raw []byte) (*BlacklistSharesOwnableUnauthorizedAccount, error) {
	out := new(BlacklistSharesOwnableUnauthorizedAccount)
	if err := blacklistShares.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
